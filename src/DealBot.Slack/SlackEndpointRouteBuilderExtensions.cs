using DealBot.Slack.Http;
using DealBot.Slack.OAuth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DealBot.Slack;

public static class SlackEndpointRouteBuilderExtensions
{
    /// <summary>
    /// <c>POST /slack/events</c> (slash commands, Events API and interactivity on one Request URL; <c>/slack/commands</c>
    /// and <c>/slack/interactivity</c> are aliases) and the OAuth install routes <c>GET /slack/install</c> and
    /// <c>GET /slack/oauth/callback</c>. Needs <see cref="SlackServiceCollectionExtensions.AddSlackPlatform"/>.
    /// </summary>
    public static IEndpointRouteBuilder MapSlackEndpoints(this IEndpointRouteBuilder endpoints)
    {
        foreach (var pattern in new[] { "/slack/events", "/slack/commands", "/slack/interactivity" })
        {
            endpoints.MapPost(pattern, context => context.RequestServices.GetRequiredService<SlackHttpEndpoint>().HandleAsync(context));
        }

        endpoints.MapGet("/slack/install", context => context.RequestServices.GetRequiredService<SlackOAuthEndpoints>().InstallAsync(context));
        endpoints.MapGet("/slack/oauth/callback", context => context.RequestServices.GetRequiredService<SlackOAuthEndpoints>().CallbackAsync(context));
        return endpoints;
    }
}
