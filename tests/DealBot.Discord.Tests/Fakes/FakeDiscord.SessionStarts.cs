namespace DealBot.Discord.Tests.Fakes;

/// <summary>
/// The session-start budget as <c>GET /gateway/bot</c> reports it: each IDENTIFY spends one, and the count resets once
/// the window that began at the fake's start (or the last reset) has passed. An IDENTIFY with nothing left is counted
/// in <see cref="IdentifiesOverBudget"/>: real Discord would reset the bot token.
/// </summary>
public sealed partial class FakeDiscord
{
    private readonly Lock _sessionStartLock = new();
    private DateTimeOffset _sessionWindowStart = DateTimeOffset.UtcNow;
    private int _sessionStarts;
    private int _overBudget;

    public int IdentifiesOverBudget => Volatile.Read(ref _overBudget);

    /// <summary>Called for every IDENTIFY the gateway receives.</summary>
    internal void SpendSessionStart()
    {
        lock (_sessionStartLock)
        {
            ResetSessionWindowIfPassed(DateTimeOffset.UtcNow);
            if (_sessionStarts >= SessionStartTotal)
            {
                _overBudget++;
            }

            _sessionStarts++;
        }
    }

    private (int Remaining, long ResetAfterMs) SessionStartLimit()
    {
        lock (_sessionStartLock)
        {
            var now = DateTimeOffset.UtcNow;
            ResetSessionWindowIfPassed(now);
            var resetAfter = _sessionWindowStart + SessionStartWindow - now;
            return (Math.Max(0, SessionStartTotal - _sessionStarts), (long)Math.Ceiling(resetAfter.TotalMilliseconds));
        }
    }

    private void ResetSessionWindowIfPassed(DateTimeOffset now)
    {
        if (now >= _sessionWindowStart + SessionStartWindow)
        {
            _sessionWindowStart = now;
            _sessionStarts = 0;
        }
    }
}
