namespace DealBot.Discord.Rest;

/// <summary>
/// Discord's invalid request limit: an IP that draws 10,000 responses of 401, 403 or 429 (429s with scope "shared"
/// excepted) in 10 minutes is banned by Cloudflare for a while, and then nothing works. The guard remembers the instants
/// of the last <c>limit</c> invalid responses; once that many fall inside the window, requests wait until the oldest
/// leaves it. Checking costs one volatile read until the limit has been reached once, so the reply path takes no lock.
/// </summary>
internal sealed class InvalidRequestGuard
{
    private readonly long[] _ring;
    private readonly long _windowTicks;
    private int _next;
    private int _count;

    public InvalidRequestGuard(int limit, TimeSpan window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        _ring = new long[limit];
        _windowTicks = window.Ticks;
    }

    public void Record(DateTimeOffset now)
    {
        lock (_ring)
        {
            _ring[_next] = now.UtcTicks;
            _next = (_next + 1) % _ring.Length;
            if (_count < _ring.Length)
            {
                Volatile.Write(ref _count, _count + 1);
            }
        }
    }

    /// <summary>Zero, or how long until fewer than <c>limit</c> invalid responses remain inside the window.</summary>
    public TimeSpan WaitTime(DateTimeOffset now)
    {
        if (Volatile.Read(ref _count) < _ring.Length)
        {
            return TimeSpan.Zero;
        }

        lock (_ring)
        {
            // The ring is full, so the next slot to overwrite holds the oldest of the last `limit` instants.
            var freeAt = _ring[_next] + _windowTicks;
            return now.UtcTicks >= freeAt ? TimeSpan.Zero : TimeSpan.FromTicks(freeAt - now.UtcTicks);
        }
    }
}
