using DealBot.Chat;
using DealBot.Chat.Charts;
using DealBot.Chat.Conversations;
using DealBot.Chat.Pipeline;
using DealBot.Chat.Safety;
using DealBot.Core.Answers;
using DealBot.Language;
using Microsoft.Extensions.Time.Testing;

namespace DealBot.Charts.Tests;

/// <summary>Chat decides whether a chart was asked for: a word in the question, or the platform's explicit request.</summary>
public sealed class ChartRequestTest
{
    [Theory]
    [InlineData("chart the xai deal")]
    [InlineData("xai total, graph please")]
    [InlineData("Plot compare xai and oracle")]
    [InlineData("show me charts")]
    [InlineData("can you GRAPH it")]
    public void IsAskedFor_ChartWord_True(string text)
    {
        Assert.True(ChartRequest.IsAskedFor(text));
    }

    [Theory]
    [InlineData("xai total")]
    [InlineData("what about the charter deal")]
    [InlineData("graphite costs")]
    [InlineData("")]
    [InlineData(null)]
    public void IsAskedFor_NoChartWord_False(string? text)
    {
        Assert.False(ChartRequest.IsAskedFor(text));
    }

    [Fact]
    public void IsAskedFor_Requested_TrueWhateverTheText()
    {
        Assert.True(ChartRequest.IsAskedFor("xai total", requested: true));
    }

    [Fact]
    public async Task Handle_WantsChart_AnswersWithAChart()
    {
        var handler = Handler();

        var plain = await handler.HandleAsync(new IncomingMessage("test", "c", "u", "xai total", "1", false, true));
        var charted = await handler.HandleAsync(new IncomingMessage("test", "c", "u", "xai total", "2", false, true, WantsChart: true));
        var worded = await handler.HandleAsync(new IncomingMessage("test", "c", "u", "chart xai total", "3", false, true));

        Assert.Null(plain.Answer!.Chart);
        Assert.NotNull(charted.Answer!.Chart);
        Assert.NotNull(worded.Answer!.Chart);
    }

    [Fact]
    public async Task Ask_FollowUpAskingForAChart_ChartsTheContext()
    {
        var engine = Engine();
        var conversation = new ConversationKey("test", "c", "u");

        await engine.AskAsync(conversation, "compare xai and oracle per MW-year");
        var followUp = await engine.AskAsync(conversation, "and per year? as a chart");

        Assert.IsType<Core.Charts.BarChart>(followUp.Chart);
    }

    private static ChatEngine Engine()
    {
        var clock = new FakeTimeProvider(Charts.Today);
        return new ChatEngine(new QuestionParser(Charts.Catalog), new Answerer(Charts.Catalog, clock), new InMemoryConversationStore(clock, TimeSpan.FromHours(1)));
    }

    private static MessageHandler Handler()
    {
        var clock = new FakeTimeProvider(Charts.Today);
        return new MessageHandler(Engine(), new DeliveryDeduplicator(clock, TimeSpan.FromMinutes(10)), new UserRateLimiter(clock, 100, 100));
    }
}
