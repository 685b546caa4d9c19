using DealBot.Chat.Conversations;
using DealBot.Core.Answers;
using DealBot.Core.Catalog;
using DealBot.Language;

namespace DealBot.Chat.Tests.Corpus;

/// <summary>
/// The question corpus, end to end through the chat engine: each phrasing must be understood as the expected
/// intent and deal and give the value, unit and range computed by hand from the catalog.
/// </summary>
public class CorpusTests
{
    private static readonly IReadOnlyList<CorpusCase> Cases = CorpusCase.Load("Corpus/questions.json");
    private static readonly DealCatalog Catalog = CatalogLoader.LoadDefault();

    public static TheoryData<int, string> Questions()
    {
        var data = new TheoryData<int, string>();
        for (var i = 0; i < Cases.Count; i++)
        {
            data.Add(i, Cases[i].ToString());
        }

        return data;
    }

    [Fact]
    public void Corpus_CoversEveryQuestionKind_WithAtLeast300Phrasings()
    {
        Assert.True(Cases.Count >= 300, $"{Cases.Count} cases");
        Assert.Equal(10, Cases.Select(c => c.Intent).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task Question_GivesTheHandComputedAnswer(int index, string question)
    {
        var expected = Cases[index];
        var answer = await AskAsync(expected);

        Assert.True(expected.Intent == answer.Intent, $"{question}: intent {answer.Intent}, expected {expected.Intent}. Headline: {answer.Headline}");
        Assert.Equal(expected.Intent != Intents.Unknown, answer.Understood);
        if (expected.Deal is not null)
        {
            Assert.True(answer.DealIds.FirstOrDefault() == expected.Deal, $"{question}: deal {string.Join(",", answer.DealIds)}, expected {expected.Deal}");
        }

        Assert.True(expected.Unit == answer.UnitSymbol, $"{question}: unit {answer.UnitSymbol}, expected {expected.Unit}. Headline: {answer.Headline}");
        Close(question, "value", expected.Value, answer.Value, expected.Tolerance);
        Close(question, "low", expected.Low, answer.Low, expected.Tolerance);
        Close(question, "high", expected.High, answer.High, expected.Tolerance);
    }

    private static async Task<Answer> AskAsync(CorpusCase c)
    {
        var engine = new ChatEngine(
            new QuestionParser(Catalog),
            new Answerer(Catalog, new FixedClock()),
            new InMemoryConversationStore(new FixedClock(), TimeSpan.FromHours(1)));
        var conversation = new ConversationKey("test", "corpus", "user");
        foreach (var earlier in c.Context)
        {
            await engine.AskAsync(conversation, earlier);
        }

        return await engine.AskAsync(conversation, c.Question);
    }

    private static void Close(string question, string field, double? expected, double? actual, double tolerance)
    {
        if (expected is null)
        {
            Assert.True(actual is null, $"{question}: {field} {actual}, expected none");
            return;
        }

        Assert.True(actual is not null, $"{question}: {field} missing, expected {expected}");
        var error = Math.Abs(actual!.Value - expected.Value) / Math.Max(Math.Abs(expected.Value), 1e-9);
        Assert.True(error <= tolerance, $"{question}: {field} {actual}, expected {expected} (±{tolerance:P1})");
    }
}
