using System.Collections.Concurrent;
using DealBot.Chat;
using DealBot.Chat.Pipeline;
using DealBot.Core.Answers;
using DealBot.Core.Catalog;
using DealBot.Language;
using DealBot.Redis.Tests.Fixtures;

namespace DealBot.Redis.Tests.Safety;

/// <summary>Two bot replicas behind one Slack endpoint, sharing one Redis: every event is answered once between them.</summary>
[Collection(RedisCollection.Name)]
public sealed class TwoReplicasTest(RedisServer server)
{
    private static readonly DealCatalog Catalog = CatalogLoader.LoadDefault();
    private readonly string _prefix = BotInstance.NewPrefix();

    [Fact]
    public async Task Handle_EventDeliveredToBothReplicasAtOnce_IsAnsweredOnce()
    {
        using var first = new BotInstance(server, _prefix);
        using var second = new BotInstance(server, _prefix);
        var replicas = new[] { Handler(first), Handler(second) };
        var events = Enumerable.Range(0, 40)
            .Select(i => new IncomingMessage("slack", "T1/C1", $"U{i % 7}", "xai per year", $"Ev{i:D3}", FromBot: false, Addressed: true))
            .ToArray();

        var replies = new ConcurrentBag<(string DeliveryId, ChatReplyKind Kind)>();
        var deliveries = events.SelectMany(e => new[] { (Event: e, Replica: replicas[0]), (Event: e, Replica: replicas[1]), (Event: e, Replica: replicas[1]) });
        await Parallel.ForEachAsync(deliveries, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (delivery, _) =>
            replies.Add((delivery.Event.DeliveryId, (await delivery.Replica.HandleAsync(delivery.Event)).Kind)));

        foreach (var group in replies.GroupBy(r => r.DeliveryId))
        {
            Assert.True(group.Count(r => r.Kind == ChatReplyKind.Answer) == 1, $"{group.Key}: {string.Join(", ", group.Select(r => r.Kind))}");
            Assert.True(group.Count(r => r.Kind == ChatReplyKind.Duplicate) == 2, $"{group.Key}: {string.Join(", ", group.Select(r => r.Kind))}");
        }
    }

    private static MessageHandler Handler(BotInstance bot) => new(
        new ChatEngine(new QuestionParser(Catalog), new Answerer(Catalog, new ManualClock()), bot.Conversations(TimeSpan.FromHours(1))),
        bot.Deduplicator(TimeSpan.FromHours(1)),
        bot.RateLimiter(perMinute: 1_000, burst: 100),
        new StateBudget(BotInstance.Patience, TimeProvider.System));
}
