using DealBot.Discord.Interactions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DealBot.Discord;

public static class DiscordEndpointRouteBuilderExtensions
{
    public const string DefaultPath = "/discord/interactions";

    /// <summary>
    /// Maps the HTTP interactions endpoint (POST <paramref name="pattern"/>), for bots whose "Interactions Endpoint
    /// URL" is set in the developer portal. Needs <see cref="DiscordServiceCollectionExtensions.AddDiscordPlatform"/>
    /// and <c>Discord:PublicKey</c>; requests that fail the Ed25519 check get 401.
    /// </summary>
    public static IEndpointRouteBuilder MapDiscordInteractions(this IEndpointRouteBuilder endpoints, string pattern = DefaultPath)
    {
        endpoints.MapPost(pattern, InteractionsEndpoint.HandleAsync);
        return endpoints;
    }
}
