using System.Diagnostics.Metrics;
using DealBot.Chat.Conversations;
using DealBot.Chat.Pipeline;
using DealBot.Chat.Safety;
using DealBot.Core.Answers;
using DealBot.Core.Catalog;
using DealBot.Language;

namespace DealBot.Chat.Tests.Pipeline;

/// <summary>The rules every platform shares, in the order the handler applies them.</summary>
public class MessageHandlerTest
{
    private static readonly DealCatalog Catalog = CatalogLoader.LoadDefault();

    private static MessageHandler Handler(int perMinute = 20, int burst = 5)
    {
        var clock = new FixedClock();
        var engine = new ChatEngine(new QuestionParser(Catalog), new Answerer(Catalog, clock), new InMemoryConversationStore(clock, TimeSpan.FromHours(1)));
        return new MessageHandler(engine, new DeliveryDeduplicator(clock, TimeSpan.FromMinutes(10)), new UserRateLimiter(clock, perMinute, burst));
    }

    private static IncomingMessage Message(string text, string id, string user = "u1", bool fromBot = false, bool addressed = true) =>
        new("test", "channel-1", user, text, id, fromBot, addressed);

    [Fact]
    public async Task BotsAndUnaddressedMessages_AreIgnored()
    {
        var handler = Handler();

        Assert.Equal(ChatReplyKind.Ignored, (await handler.HandleAsync(Message("xai per year", "1", fromBot: true))).Kind);
        Assert.Equal(ChatReplyKind.Ignored, (await handler.HandleAsync(Message("xai per year", "2", addressed: false))).Kind);
    }

    [Fact]
    public async Task Redelivery_IsAnsweredOnce()
    {
        var handler = Handler();

        Assert.Equal(ChatReplyKind.Answer, (await handler.HandleAsync(Message("xai per year", "ev-1"))).Kind);
        Assert.Equal(ChatReplyKind.Duplicate, (await handler.HandleAsync(Message("xai per year", "ev-1"))).Kind);
    }

    [Fact]
    public async Task FollowUp_UsesTheConversation()
    {
        var handler = Handler();
        await handler.HandleAsync(Message("how much does anthropic pay xai a month?", "1"));

        var reply = await handler.HandleAsync(Message("and per year?", "2"));

        Assert.Equal(15e9, reply.Answer!.Value);
    }

    [Fact]
    public async Task TooManyQuestions_OneFriendlyWarning_ThenSilence()
    {
        var handler = Handler(perMinute: 1, burst: 1);
        await handler.HandleAsync(Message("xai per year", "1"));

        var warned = await handler.HandleAsync(Message("xai per year", "2"));
        var silent = await handler.HandleAsync(Message("xai per year", "3"));

        Assert.Equal(ChatReplyKind.RateLimited, warned.Kind);
        Assert.Contains("give me", warned.RateLimitMessage);
        Assert.Equal(ChatReplyKind.Ignored, silent.Kind);
    }

    [Fact]
    public async Task Answer_IsCountedByPlatformAndIntent()
    {
        var seen = new List<(string Instrument, object? Platform, object? Intent)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == ChatMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) => seen.Add((instrument.Name, Tag(tags, "platform"), Tag(tags, "intent"))));
        listener.Start();

        await Handler().HandleAsync(Message("xai per MW-year", "m-1"));

        Assert.Contains(("dealbot.questions.answered", (object?)"test", (object?)Intents.UnitCost), seen);
    }

    private static object? Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string key)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == key)
            {
                return tag.Value;
            }
        }

        return null;
    }
}
