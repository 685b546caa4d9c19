using System.Net;

namespace DealBot.Discord;

/// <summary>
/// Discord answered a REST call with an error. <see cref="StatusCode"/> and Discord's JSON error
/// <see cref="Code"/> (e.g. 50013 Missing Permissions, 10062 Unknown interaction) are properties, so no caller
/// parses the message. The message names the route template, never a path (paths can hold interaction tokens).
/// </summary>
public sealed class DiscordRestException(HttpStatusCode statusCode, int? code, string route, string? discordMessage)
    : Exception(Describe(statusCode, code, route, discordMessage))
{
    public HttpStatusCode StatusCode { get; } = statusCode;

    public int? Code { get; } = code;

    public string Route { get; } = route;

    private static string Describe(HttpStatusCode status, int? code, string route, string? message) =>
        $"Discord answered {(int)status} ({status}) to {route}"
        + (message is null ? "." : $": {message}")
        + (code is null ? "" : $" (code {code})");
}
