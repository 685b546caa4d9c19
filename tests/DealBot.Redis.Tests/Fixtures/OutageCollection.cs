using System.Globalization;

namespace DealBot.Redis.Tests.Fixtures;

/// <summary>
/// Tests that kill, stall and restart a redis-server of their own and time the answers: one at a time and not beside
/// the other Redis tests, so the two cores are theirs.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class OutageCollection
{
    public const string Name = "redis-outages";

    /// <summary>
    /// Redis:MessageBudget (and the per-call timeout) in these tests: the most it may be (1 s), because on a loaded 2-core
    /// test machine a starved process can take longer than the default 250 ms for a call Redis answered at once, and
    /// would then rightly answer alone, which a test of "answered once while Redis is up" cannot tell from a bug.
    /// <c>DEALBOT_TEST_REDIS_BUDGET=00:00:00.250</c> runs them with the production default (the README's figures).
    /// </summary>
    public static TimeSpan Budget { get; } =
        TimeSpan.Parse(Environment.GetEnvironmentVariable("DEALBOT_TEST_REDIS_BUDGET") is { Length: > 0 } budget ? budget : "00:00:01", CultureInfo.InvariantCulture);
}
