namespace DealBot.Discord.Rest;

/// <summary>
/// At most <c>limit</c> acquisitions in any <c>window</c>: a ring of the last <c>limit</c> instants, so the n-th
/// acquisition waits until the one <c>limit</c> places before it is a full window old. Unlike a token bucket it never
/// allows a double burst across a window edge. Used for Discord's global REST limit and the gateway send limit.
/// </summary>
internal sealed class SlidingWindowLimiter
{
    private readonly long[] _ring;
    private readonly long _windowTicks;
    private int _next;
    private int _count;

    public SlidingWindowLimiter(int limit, TimeSpan window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        _ring = new long[limit];
        _windowTicks = window.Ticks;
    }

    public int Limit => _ring.Length;

    /// <summary>Takes a slot and returns zero, or takes nothing and returns how long until one frees.</summary>
    public TimeSpan TryAcquire(DateTimeOffset now) => TryAcquire(now, Limit);

    /// <summary>As <see cref="TryAcquire(DateTimeOffset)"/>, counting only up to <paramref name="allowed"/> (≤ limit) acquisitions.</summary>
    public TimeSpan TryAcquire(DateTimeOffset now, int allowed)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(allowed, Limit);
        lock (_ring)
        {
            if (!FreeAt(now.UtcTicks, allowed, out var wait))
            {
                return wait;
            }

            Record(now.UtcTicks);
            return TimeSpan.Zero;
        }
    }

    /// <summary>True when fewer than <paramref name="allowed"/> of the recorded instants are inside the window ending now.</summary>
    private bool FreeAt(long now, int allowed, out TimeSpan wait)
    {
        wait = TimeSpan.Zero;
        if (_count < allowed)
        {
            return true;
        }

        // The allowed-th most recent acquisition decides: it must have left the window.
        var index = (_next - allowed + _ring.Length) % _ring.Length;
        var freeAt = _ring[index] + _windowTicks;
        if (now >= freeAt)
        {
            return true;
        }

        wait = TimeSpan.FromTicks(freeAt - now);
        return false;
    }

    private void Record(long now)
    {
        _ring[_next] = now;
        _next = (_next + 1) % _ring.Length;
        _count = Math.Min(_count + 1, _ring.Length);
    }
}
