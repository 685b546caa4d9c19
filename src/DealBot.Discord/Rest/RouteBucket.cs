namespace DealBot.Discord.Rest;

/// <summary>
/// One rate-limit bucket as the headers describe it: a window of <c>limit</c> requests resetting at <c>resetAt</c>,
/// plus any 429 block. Requests reserve a slot before they are sent, so concurrent callers cannot overrun it.
/// Unknown until the first response: then requests go unthrottled (Discord's headers teach the limit).
/// </summary>
internal sealed class RouteBucket
{
    /// <summary>Responses for one window report slightly different reset instants; closer than this is the same window.</summary>
    private static readonly TimeSpan SameWindow = TimeSpan.FromMilliseconds(50);

    private readonly Lock _lock = new();
    private int _limit = -1;
    private int _remaining;
    private DateTimeOffset _resetAt;
    private DateTimeOffset _blockedUntil;

    /// <summary>Reserves a request and returns zero, or returns how long until one may be sent.</summary>
    public TimeSpan TryAcquire(DateTimeOffset now)
    {
        lock (_lock)
        {
            if (now < _blockedUntil)
            {
                return _blockedUntil - now;
            }

            if (_limit < 0)
            {
                return TimeSpan.Zero;
            }

            if (now >= _resetAt && _remaining < _limit)
            {
                _remaining = _limit;
            }

            if (_remaining > 0)
            {
                _remaining--;
                return TimeSpan.Zero;
            }

            return _resetAt - now;
        }
    }

    /// <summary>Takes in a response's headers, received at <paramref name="now"/>.</summary>
    public void Update(int limit, int remaining, TimeSpan resetAfter, DateTimeOffset now)
    {
        var resetAt = now + resetAfter;
        lock (_lock)
        {
            var newWindow = _limit < 0 || resetAt - _resetAt > SameWindow;
            _remaining = newWindow ? remaining : Math.Min(_remaining, remaining);
            _limit = limit;
            if (resetAt > _resetAt)
            {
                _resetAt = resetAt;
            }
        }
    }

    /// <summary>A 429: nothing may be sent on this bucket before <paramref name="until"/>.</summary>
    public void Block(DateTimeOffset until)
    {
        lock (_lock)
        {
            if (until > _blockedUntil)
            {
                _blockedUntil = until;
            }
        }
    }
}
