using DealBot.Core.Answers;
using DealBot.Core.Catalog;
using DealBot.Core.Queries;

namespace DealBot.Tests.Shared;

/// <summary>
/// Shared by the Chat, Discord and Slack tests (linked into each): comparisons answered by the real answerer and
/// catalog on a fixed day, built as understood queries so that they do not move when the question parser does.
/// </summary>
public static class Comparisons
{
    public static DealCatalog Catalog { get; } = CatalogLoader.LoadDefault();

    private static readonly Answerer Answerer = new(Catalog, new Today());

    /// <summary>The cases every client renders: two deals with a range, three with one lacking the figure, five.</summary>
    public static TheoryData<string> Cases => [.. Queries.Keys];

    private static readonly Dictionary<string, DealQuery> Queries = new()
    {
        ["two-deals"] = Compare(Measure.PerGpuHour, "anthropic-xai", "google-xai"),
        ["three-deals"] = Compare(Measure.PerGpuHour, "anthropic-xai", "google-xai", "openai-oracle"),
        ["five-deals"] = Compare(Measure.YearlyCost, "anthropic-xai", "google-xai", "openai-oracle", "anthropic-amazon", "microsoft-nebius"),
    };

    public static Answer Named(string name) => Answerer.Answer(Queries[name]);

    /// <summary>Every deal in the catalog at once: more than any client has fields for.</summary>
    public static Answer AllDeals() => Answerer.Answer(Compare(Measure.YearlyCost, [.. Catalog.Deals.Select(d => d.Id)]));

    /// <summary>
    /// Past every client limit at once: twelve deals with long names, long reasons and long working, many sources.
    /// Each text is made of words, so a cut inside one would show.
    /// </summary>
    public static Answer Oversized()
    {
        static string Words(string word, int count) => string.Join(' ', Enumerable.Repeat(word, count));
        var deals = Enumerable.Range(1, 12).Select(i => new ComparedDeal($"Deal{i} " + Words("name", 80))
        {
            Value = i,
            Unit = AnswerUnit.UsdPerYear,
            Figure = $"${i}B/year",
            Amount = $"${i}B",
            Missing = i % 4 == 0 ? Words("reason", 500) : null,
            Steps = [.. Enumerable.Range(0, 40).Select(step => $"step{step} " + Words("working", 20))],
        }).ToArray();
        return new Answer
        {
            Understood = true,
            Intent = Intents.Compare,
            Headline = "unused",
            Comparison = new DealComparison(Words("basis", 30), deals),
            Assumptions = [.. Enumerable.Range(0, 20).Select(i => $"assumption{i} " + Words("assumed", 40))],
            Sources = [.. Enumerable.Range(0, 40).Select(i => new Source($"s{i}", $"Source{i} " + Words("title", 40), $"https://example.com/{i}", new DateOnly(2026, 5, 1), FactStatus.Reported))],
        };
    }

    private static DealQuery Compare(Measure measure, params string[] dealIds) => new() { Kind = QueryKind.Compare, Measure = measure, DealIds = dealIds };

    private sealed class Today : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
    }
}
