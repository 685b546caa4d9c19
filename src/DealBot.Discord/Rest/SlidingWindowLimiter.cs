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

    private void Add(long now)
    {
        _ring[_next] = now;
        _next = (_next + 1) % _ring.Length;
        Volatile.Write(ref _count, Math.Min(_count + 1, _ring.Length));
    }
}
