using System.Collections.Concurrent;
using DealBot.Redis.Tests.Fixtures;

namespace DealBot.Redis.Tests.Safety;

[Collection(RedisCollection.Name)]
public sealed class RedisDeliveryDeduplicatorTest(RedisServer server)
{
    private readonly string _prefix = BotInstance.NewPrefix();

    [Fact]
    public async Task TryBegin_SameDeliveryAtTwoInstances_OnlyTheFirstWins()
    {
        using var first = new BotInstance(server, _prefix);
        using var second = new BotInstance(server, _prefix);

        Assert.True(await first.Deduplicator(TimeSpan.FromHours(1)).TryBeginAsync("slack:Ev01"));
        Assert.False(await second.Deduplicator(TimeSpan.FromHours(1)).TryBeginAsync("slack:Ev01"));
        Assert.False(await first.Deduplicator(TimeSpan.FromHours(1)).TryBeginAsync("slack:Ev01"));
        Assert.True(await second.Deduplicator(TimeSpan.FromHours(1)).TryBeginAsync("slack:Ev02"));
    }

    [Fact]
    public async Task TryBegin_ConcurrentlyAtTwoInstances_EachDeliveryIsTakenExactlyOnce()
    {
        const int deliveries = 300;
        const int attemptsPerInstance = 4;
        using var first = new BotInstance(server, _prefix);
        using var second = new BotInstance(server, _prefix);
        var instances = new[] { first.Deduplicator(TimeSpan.FromHours(1)), second.Deduplicator(TimeSpan.FromHours(1)) };
        var wins = new ConcurrentDictionary<string, int>();
        var attempts = (from id in Enumerable.Range(0, deliveries)
                        from instance in instances
                        from _ in Enumerable.Range(0, attemptsPerInstance)
                        select (Id: $"slack:Ev{id:D4}", Instance: instance)).ToArray();
        Random.Shared.Shuffle(attempts);

        await Parallel.ForEachAsync(attempts, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (attempt, _) =>
        {
            if (await attempt.Instance.TryBeginAsync(attempt.Id))
            {
                wins.AddOrUpdate(attempt.Id, 1, (_, n) => n + 1);
            }
        });

        Assert.Equal(deliveries, wins.Count);
        Assert.All(wins, win => Assert.True(win.Value == 1, $"{win.Key} was taken {win.Value} times"));
    }

    [Fact]
    public async Task TryBegin_SetsTheWindowAsTimeToLive()
    {
        using var bot = new BotInstance(server, _prefix);

        await bot.Deduplicator(TimeSpan.FromMinutes(30)).TryBeginAsync("discord:123");

        var ttl = bot.Database.KeyTimeToLive(bot.Keys.Delivery("discord:123"));
        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, TimeSpan.FromMinutes(29), TimeSpan.FromMinutes(30));
    }

    [Fact]
    public async Task TryBegin_AfterTheWindow_IsNewAgain()
    {
        using var bot = new BotInstance(server, _prefix);
        var deduplicator = bot.Deduplicator(TimeSpan.FromMilliseconds(200));

        Assert.True(await deduplicator.TryBeginAsync("discord:456"));
        Thread.Sleep(600);

        Assert.True(await deduplicator.TryBeginAsync("discord:456"));
    }
}
