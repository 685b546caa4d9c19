using DealBot.Load.Redis;

namespace DealBot.Load.Outages;

/// <summary>
/// One phase of an outage run: what it does to Redis as it begins (<see cref="Begin"/>; its task completes when that is
/// over, a stall's end, and is awaited before the next phase). Every phase sends for <see cref="Length"/>.
/// </summary>
internal sealed record RedisPhase(string Name, Func<RedisServer, Task> Begin)
{
    /// <summary>How long a phase sends, and a stall lasts: longer than Slack's and Discord's 3 s, so a bot that waited would miss them.</summary>
    public static readonly TimeSpan Length = TimeSpan.FromSeconds(4);

    /// <summary>Up; stalled (<c>DEBUG SLEEP</c>) while messages arrive; killed; started again (empty) while they arrive.</summary>
    public static IReadOnlyList<RedisPhase> All { get; } =
    [
        new("Redis up", _ => Task.CompletedTask),
        new($"Redis stalled (DEBUG SLEEP {Length.TotalSeconds:0})", redis => redis.StallAsync(Length)),
        new("Redis killed", redis =>
        {
            redis.Kill();
            return Task.CompletedTask;
        }),
        new("Redis started again", redis =>
        {
            redis.Restart();
            return Task.CompletedTask;
        }),
    ];

    /// <summary>
    /// Goes through <see cref="All"/> in turn: begins each phase and has <paramref name="send"/> send through it (with
    /// the phase's tally and number). Returns the tallies, in order.
    /// </summary>
    public static async Task<List<PhaseTally>> RunAllAsync(RedisServer redis, Func<PhaseTally, int, Task> send)
    {
        var tallies = new List<PhaseTally>();
        foreach (var phase in All)
        {
            var tally = new PhaseTally(phase.Name);
            tallies.Add(tally);
            var over = phase.Begin(redis);
            await send(tally, tallies.Count - 1);
            await over;
        }

        return tallies;
    }
}
