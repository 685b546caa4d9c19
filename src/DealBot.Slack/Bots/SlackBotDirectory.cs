using DealBot.Slack.Installations;
using DealBot.Slack.WebApi;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DealBot.Slack.Bots;

/// <summary>
/// Finds the bot for a workspace: its OAuth installation when there is one, else the single-workspace
/// <c>Slack:BotToken</c>, whose own user id is asked once from auth.test.
/// </summary>
internal sealed partial class SlackBotDirectory(
    ISlackInstallationStore installations, IOptions<SlackOptions> options, SlackApiClient api, ILogger<SlackBotDirectory> logger)
{
    private volatile string? _configuredUserId;

    /// <param name="enterpriseId">The enterprise the request came from, if any.</param>
    /// <param name="teamId">The workspace the request came from, if any.</param>
    /// <param name="cancellationToken">Ends the lookup (shutdown).</param>
    /// <param name="stateBudget">The message's shared-state budget, when the installation lookup counts against it.</param>
    public async ValueTask<SlackBot?> FindAsync(
        string? enterpriseId, string? teamId, CancellationToken cancellationToken, CancellationToken stateBudget = default)
    {
        if ((teamId is not null || enterpriseId is not null)
            && await installations.FindAsync(enterpriseId, teamId, stateBudget.CanBeCanceled ? stateBudget : cancellationToken) is { } installation)
        {
            return new SlackBot(installation.BotToken, installation.BotUserId);
        }

        return options.Value.BotToken is { Length: > 0 } token ? new SlackBot(token, await ConfiguredUserIdAsync(token, cancellationToken)) : null;
    }

    private async ValueTask<string?> ConfiguredUserIdAsync(string token, CancellationToken cancellationToken)
    {
        if (_configuredUserId is { } known)
        {
            return known;
        }

        try
        {
            // Concurrent first calls may both ask; the answer is the same, so no lock.
            return _configuredUserId = await api.GetBotUserIdAsync(token, cancellationToken);
        }
        catch (Exception e) when (e is SlackApiException or HttpRequestException)
        {
            // Without it, bot_id still filters the bot's own messages; try again next time.
            LogAuthTestFailed(e.Message);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack auth.test failed: {Reason}")]
    private partial void LogAuthTestFailed(string reason);
}
