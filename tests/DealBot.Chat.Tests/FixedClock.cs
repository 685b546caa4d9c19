namespace DealBot.Chat.Tests;

/// <summary>A clock stopped at one instant, movable by hand: "today" in every test is 2026-11-27.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static DateTimeOffset Today { get; } = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    public FixedClock()
        : this(Today)
    {
    }

    public DateTimeOffset Now { get; private set; } = now;

    public void Advance(TimeSpan by) => Now += by;

    public override DateTimeOffset GetUtcNow() => Now;
}
