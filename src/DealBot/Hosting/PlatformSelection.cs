using DealBot.Cli;
using Microsoft.Extensions.Configuration;

namespace DealBot.Hosting;

/// <summary>
/// Decides whether the bot runs on a chat platform or as the console chat. A platform is configured when
/// <c>Discord:Token</c> or <c>Slack:BotToken</c>/<c>Slack:AppToken</c> is set. The Discord and Slack adapters come
/// with later issues, which replace this class; until then a configured platform is reported and the host exits
/// without touching stdin (a container's stdin is empty). Token values are never printed or logged.
/// </summary>
public static class PlatformSelection
{
    /// <summary>The configured platform's name, or null when none is (then the console chat runs).</summary>
    public static string? ConfiguredPlatform(IConfiguration configuration)
    {
        if (IsSet(configuration["Discord:Token"]))
        {
            return "Discord";
        }

        return IsSet(configuration["Slack:BotToken"]) || IsSet(configuration["Slack:AppToken"]) ? "Slack" : null;
    }

    /// <summary>Runs the configured platform and returns its exit code, or null when no platform is configured.</summary>
    public static int? TryRun(IConfiguration configuration, TextWriter error)
    {
        if (ConfiguredPlatform(configuration) is not { } platform)
        {
            return null;
        }

        error.WriteLine(
            $"DealBot: {platform} is configured, but platform support is not built yet. "
            + $"Remove the {platform} settings to use the console chat, or run: DealBot chat");
        return ExitCodes.Failure;
    }

    private static bool IsSet(string? value) => !string.IsNullOrWhiteSpace(value);
}
