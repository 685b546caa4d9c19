using DealBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace DealBot.Discord.Commands;

/// <summary>
/// Registers DealBot's slash commands at start-up: globally, or in each of <see cref="DiscordOptions.CommandGuildIds"/>
/// (instant updates). Reads what is registered first and bulk-overwrites only when it differs.
/// </summary>
internal sealed partial class CommandRegistrar(DiscordRestClient rest, DiscordOptions options, ILogger<CommandRegistrar> logger)
{
    public async Task RegisterAsync(string applicationId, CancellationToken cancellationToken)
    {
        var wanted = ApplicationCommands.All();
        var scopes = options.CommandGuildIds.Count == 0 ? new string?[] { null } : options.CommandGuildIds.ToArray<string?>();
        foreach (var guildId in scopes)
        {
            var scope = guildId is null ? "global" : $"guild {guildId}";
            try
            {
                var registered = await rest.GetCommandsAsync(applicationId, guildId, cancellationToken).ConfigureAwait(false);
                if (CommandDiff.Same(registered, wanted))
                {
                    LogUnchanged(scope, wanted.Count);
                    continue;
                }

                await rest.OverwriteCommandsAsync(applicationId, guildId, wanted, cancellationToken).ConfigureAwait(false);
                LogRegistered(scope, wanted.Count);
            }
            catch (Exception e) when (e is DiscordRestException or HttpRequestException or System.Text.Json.JsonException)
            {
                LogFailed(scope, e.Message);
            }
        }
    }

    [LoggerMessage(LogLevel.Information, "Discord commands ({Scope}): the {Count} commands are already registered; nothing to overwrite")]
    private partial void LogUnchanged(string scope, int count);

    [LoggerMessage(LogLevel.Information, "Discord commands ({Scope}): registered {Count} commands")]
    private partial void LogRegistered(string scope, int count);

    [LoggerMessage(LogLevel.Warning, "Discord commands ({Scope}) could not be registered: {Error}. Slash commands may be missing or out of date; the bot still answers mentions and DMs")]
    private partial void LogFailed(string scope, string error);
}
