namespace DealBot.Redis.Tests.Fixtures;

/// <summary>A clock that moves only when told, so refills and retry times are exact.</summary>
public sealed class ManualClock : TimeProvider
{
    public DateTimeOffset Now { get; private set; } = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    public void Advance(TimeSpan by) => Now += by;

    public override DateTimeOffset GetUtcNow() => Now;
}
