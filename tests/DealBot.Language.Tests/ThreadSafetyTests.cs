using DealBot.Core.Queries;

namespace DealBot.Language.Tests;

public class ThreadSafetyTests
{
    private static readonly string[] Questions =
    [
        "how much does anthropic pay xai per month?", "compare xai and oracle per MW-year", "10,000 H100s at $2.50/hr for a year",
        "what if it were $1B a month", "xai total from Jan 2027 to mid-2028", "oracel per year", "how much does anthrpc pay",
        "how many GB200s could the xai deal power?", "what's the weather", "help",
    ];

    [Fact]
    public void Parse_FromManyThreads_GivesTheSameReadings()
    {
        var expected = Questions.Select(q => Describe(TestCatalog.Parse(q))).ToArray();
        var mismatches = 0;

        Parallel.For(0, 20_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var index = i % Questions.Length;
            if (Describe(TestCatalog.Parser.Parse(Questions[index])) != expected[index])
            {
                Interlocked.Increment(ref mismatches);
            }
        });

        Assert.Equal(0, mismatches);
    }

    private static string Describe(DealQuery q) =>
        $"{q.Kind} {q.Measure} {string.Join(",", q.DealIds)} {q.Window} {q.Changes} {q.GpuCount} {q.AcceleratorId} "
        + $"{q.PricePerGpuHour} {q.Budget} {q.Power} {q.Duration} {q.Problem} {string.Join("|", q.Suggestions)}";
}
