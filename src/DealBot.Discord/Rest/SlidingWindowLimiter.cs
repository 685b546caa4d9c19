namespace DealBot.Discord.Rest;

/// <summary>
/// At most <c>limit</c> acquisitions in any <c>window</c>: a ring of the last <c>limit</c> instants, so the n-th
/// acquisition waits until the one <c>limit</c> places before it is a full window old. Unlike a token bucket it never
/// allows a double burst across a window edge. Used for Discord's global REST limit and the gateway send limit, and
/// (through <see cref="Record"/> and <see cref="WaitTime"/>) to count invalid REST responses.
/// </summary>
internal sealed class SlidingWindowLimiter
{
    private readonly long[] _ring;
    private readonly long _windowTicks;
    private readonly int _burst;
    private readonly long _burstTicks;
    private int _next;
    private int _count;

    /// <param name="spread">
    /// When above 1, also at most <c>limit ÷ spread</c> (rounded up) in any <c>window ÷ spread</c>: the limit is spent
    /// evenly instead of in one burst, so requests that reach the server a little bunched up (queued connections, a
    /// busy machine) stay within a limit the server counts where they arrive.
    /// </param>
    public SlidingWindowLimiter(int limit, TimeSpan window, int spread = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(spread, 1);
        _ring = new long[limit];
        _windowTicks = window.Ticks;
        _burst = (limit + spread - 1) / spread;
        _burstTicks = window.Ticks / spread;
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

            Add(now.UtcTicks);
            return TimeSpan.Zero;
        }
    }

    /// <summary>Records an instant without asking: something that has already happened.</summary>
    public void Record(DateTimeOffset now)
    {
        lock (_ring)
        {
            Add(now.UtcTicks);
        }
    }

    /// <summary>
    /// Zero, or how long until fewer than <c>limit</c> recorded instants remain inside the window; takes nothing. Until
    /// the ring has filled once this is one volatile read, no lock.
    /// </summary>
    public TimeSpan WaitTime(DateTimeOffset now)
    {
        if (Volatile.Read(ref _count) < _ring.Length)
        {
            return TimeSpan.Zero;
        }

        lock (_ring)
        {
            FreeAt(now.UtcTicks, _ring.Length, out var wait);
            return wait;
        }
    }

    /// <summary>
    /// True when fewer than <paramref name="allowed"/> of the recorded instants are inside the window ending now (and,
    /// when spread, fewer than the burst inside the shorter window).
    /// </summary>
    private bool FreeAt(long now, int allowed, out TimeSpan wait)
    {
        var freeAt = Math.Max(FreeAt(allowed, _windowTicks), FreeAt(Math.Min(_burst, allowed), _burstTicks));
        wait = now >= freeAt ? TimeSpan.Zero : TimeSpan.FromTicks(freeAt - now);
        return now >= freeAt;
    }

    /// <summary>When the <paramref name="allowed"/>-th most recent acquisition leaves a window of <paramref name="windowTicks"/>.</summary>
    private long FreeAt(int allowed, long windowTicks) =>
        _count < allowed ? long.MinValue : _ring[(_next - allowed + _ring.Length) % _ring.Length] + windowTicks;

    private void Add(long now)
    {
        _ring[_next] = now;
        _next = (_next + 1) % _ring.Length;
        Volatile.Write(ref _count, Math.Min(_count + 1, _ring.Length));
    }
}
