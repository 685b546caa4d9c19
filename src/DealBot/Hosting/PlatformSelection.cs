using Microsoft.Extensions.Configuration;

namespace DealBot.Hosting;

/// <summary>
/// What the service serves. Discord runs when <c>Discord:Token</c> is set; Slack when any of its credentials is (a bot
/// or app token, a signing secret for HTTP mode, or an OAuth client id); the MCP endpoint and HTTP API
/// (<see cref="Api"/>) when <c>Mcp:ApiKeys</c> has a key or <c>Mcp:Enabled</c> is true. With none, the console chat
/// runs. Token values are never printed or logged.
/// </summary>
public sealed record PlatformSelection(bool Discord, bool Slack, bool Api = false)
{
    public bool Any => Discord || Slack || Api;

    public static PlatformSelection From(IConfiguration configuration) => new(
        IsSet(configuration["Discord:Token"]),
        IsSet(configuration["Slack:BotToken"]) || IsSet(configuration["Slack:AppToken"])
            || IsSet(configuration["Slack:SigningSecret"]) || IsSet(configuration["Slack:ClientId"]),
        configuration.GetSection("Mcp:ApiKeys").GetChildren().Any(key => IsSet(key.Value))
            || string.Equals(configuration["Mcp:Enabled"], "true", StringComparison.OrdinalIgnoreCase));

    public override string ToString()
    {
        var served = new List<string>(3);
        if (Discord)
        {
            served.Add("Discord");
        }

        if (Slack)
        {
            served.Add("Slack");
        }

        if (Api)
        {
            served.Add("MCP and the HTTP API");
        }

        return served.Count == 0 ? "none" : string.Join(" and ", served);
    }

    private static bool IsSet(string? value) => !string.IsNullOrWhiteSpace(value);
}
