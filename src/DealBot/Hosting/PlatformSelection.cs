using Microsoft.Extensions.Configuration;

namespace DealBot.Hosting;

/// <summary>
/// Which chat platforms are configured. Discord runs when <c>Discord:Token</c> is set; Slack when any of its
/// credentials is (a bot or app token, a signing secret for HTTP mode, or an OAuth client id). With none, the console
/// chat runs. Token values are never printed or logged.
/// </summary>
public sealed record PlatformSelection(bool Discord, bool Slack)
{
    public bool Any => Discord || Slack;

    public static PlatformSelection From(IConfiguration configuration) => new(
        IsSet(configuration["Discord:Token"]),
        IsSet(configuration["Slack:BotToken"]) || IsSet(configuration["Slack:AppToken"])
            || IsSet(configuration["Slack:SigningSecret"]) || IsSet(configuration["Slack:ClientId"]));

    public override string ToString() => (Discord, Slack) switch
    {
        (true, true) => "Discord and Slack",
        (true, false) => "Discord",
        (false, true) => "Slack",
        _ => "none",
    };

    private static bool IsSet(string? value) => !string.IsNullOrWhiteSpace(value);
}
