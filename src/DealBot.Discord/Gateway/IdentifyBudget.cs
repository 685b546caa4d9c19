using DealBot.Discord.Json;
using Microsoft.Extensions.Logging;

namespace DealBot.Discord.Gateway;

/// <summary>
/// The session-start budget of <c>GET /gateway/bot</c> (<c>session_start_limit</c>: remaining, reset_after): every
/// IDENTIFY spends one, and going past it makes Discord reset the bot token. Counted down locally, across all shards
/// and for the whole run (not only at start-up); at zero, new sessions wait for <c>reset_after</c>, then Discord is
/// asked again, since other processes may spend the same budget. RESUMEs cost nothing and never wait here.
/// </summary>
internal sealed partial class IdentifyBudget(
    Func<CancellationToken, Task<JsonSessionStartLimit?>> refresh, TimeProvider clock, ILogger logger)
{
    /// <summary>If Discord cannot be asked after a reset, the budget is taken as full again until this much later.</summary>
    private static readonly TimeSpan AssumedWindow = TimeSpan.FromHours(24);

    private readonly SemaphoreSlim _lock = new(1, 1);
    private int _total = int.MaxValue;
    private int _remaining = int.MaxValue;
    private DateTimeOffset _resetAt;

    /// <summary>Takes in a <c>session_start_limit</c> read at <paramref name="now"/>; null (not reported) means no known limit.</summary>
    public void Update(JsonSessionStartLimit? limit, DateTimeOffset now)
    {
        if (limit is null)
        {
            return;
        }

        _total = limit.Total;
        _remaining = limit.Remaining;
        _resetAt = now + TimeSpan.FromMilliseconds(Math.Max(0, limit.ResetAfter));
    }

    /// <summary>Spends one session start, first waiting for the budget to reset when none is left.</summary>
    public async Task SpendAsync(CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (_remaining <= 0)
            {
                var wait = _resetAt - clock.GetUtcNow();
                LogBudgetSpent(_total, Math.Max(0, wait.TotalMilliseconds));
                await ClockWait.UntilAsync(clock, _resetAt, cancellationToken).ConfigureAwait(false);
                var fresh = await TryRefreshAsync(cancellationToken).ConfigureAwait(false);
                if (fresh is null)
                {
                    _remaining = Math.Max(1, _total);
                    _resetAt = clock.GetUtcNow() + AssumedWindow;
                }
                else
                {
                    Update(fresh, clock.GetUtcNow());
                }
            }

            _remaining--;
        }
        finally
        {
            _lock.Release();
        }
    }

    private async Task<JsonSessionStartLimit?> TryRefreshAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await refresh(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is DiscordRestException or HttpRequestException or System.Text.Json.JsonException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return null;
        }
    }

    [LoggerMessage(LogLevel.Warning, "Discord: the identify budget ({Total} session starts) is spent; the next new session waits {ResetAfterMs:0} ms for it to reset (resumes go on)")]
    private partial void LogBudgetSpent(int total, double resetAfterMs);
}
