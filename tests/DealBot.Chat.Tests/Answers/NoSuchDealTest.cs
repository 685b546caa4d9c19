using DealBot.Chat.Conversations;
using DealBot.Chat.Rendering;
using DealBot.Core.Answers;
using DealBot.Core.Catalog;
using DealBot.Language;

namespace DealBot.Chat.Tests.Answers;

/// <summary>
/// End to end: a question about a pair the catalog has no deal between is told so plainly, with the deals the named
/// parties do have, and every question it suggests is one the bot understands.
/// </summary>
public class NoSuchDealTest
{
    private static readonly DealCatalog Catalog = CatalogLoader.LoadDefault();

    private static ChatEngine Engine() => new(
        new QuestionParser(Catalog),
        new Answerer(Catalog, new FixedClock()),
        new InMemoryConversationStore(new FixedClock(), TimeSpan.FromHours(1)));

    [Theory]
    [InlineData("how much does anthropic pay nvidia", "I have no Anthropic–Nvidia deal in my catalog.")]
    [InlineData("whats the deal with openai and disney", "I have no OpenAI–Disney deal in my catalog.")]
    public void Answer_SaysThereIsNoSuchDeal_AndNamesNoOtherDealsNumbers(string question, string headline)
    {
        var answer = Engine().AskOnce(question);

        Assert.Equal(headline, answer.Headline);
        Assert.Null(answer.Value);
        Assert.Empty(answer.DealIds);
        Assert.DoesNotContain("$", AnswerRenderer.Render(answer, TextStyle.Plain));
    }

    [Theory]
    [InlineData("how much does anthropic pay nvidia")]
    [InlineData("whats the deal with openai and disney")]
    [InlineData("what does disney pay openai")]
    public void EverySuggestion_IsUnderstood(string question)
    {
        var engine = Engine();
        var answer = engine.AskOnce(question);

        Assert.NotEmpty(answer.Suggestions);
        foreach (var suggestion in answer.Suggestions)
        {
            Assert.True(engine.AskOnce(suggestion).Understood, suggestion);
        }
    }

    [Fact]
    public async Task AFollowUp_DoesNotContinueFromTheMissingDeal()
    {
        var engine = Engine();
        var conversation = new ConversationKey("test", "no-such-deal", "user");
        await engine.AskAsync(conversation, "how much does anthropic pay nvidia");

        var answer = await engine.AskAsync(conversation, "and per year?");

        Assert.DoesNotContain("Nvidia", answer.Headline);
    }
}
