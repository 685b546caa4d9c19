using DealBot.Core.Answers;
using DealBot.Core.Catalog;
using DealBot.Core.Charts;
using DealBot.Language;
using Microsoft.Extensions.Time.Testing;

namespace DealBot.Charts.Tests;

/// <summary>Answers with charts from the shipped catalog, on a fixed day (27 Nov 2026), as every platform asks for them.</summary>
internal static class Charts
{
    public static readonly DateTimeOffset Today = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<(DealCatalog Catalog, QuestionParser Parser, Answerer Answerer)> Shared = new(() =>
    {
        var catalog = CatalogLoader.LoadDefault();
        return (catalog, new QuestionParser(catalog), new Answerer(catalog, new FakeTimeProvider(Today)));
    });

    public static DealCatalog Catalog => Shared.Value.Catalog;

    public static Answer Ask(string question, bool chart = true) =>
        Shared.Value.Answerer.Answer(Shared.Value.Parser.Parse(question), chart);

    public static Answer AskWithoutChart(string question) => Shared.Value.Answerer.Answer(Shared.Value.Parser.Parse(question));

    public static T Chart<T>(string question)
        where T : ChartData => Assert.IsType<T>(Ask(question).Chart);
}
