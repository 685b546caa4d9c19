using DealBot.Core.Answers;
using DealBot.Core.Catalog;
using DealBot.Core.Queries;
using DealBot.Core.Quantities;

namespace DealBot.Core.Tests.Calculations;

/// <summary>
/// Spend over windows placed by a length and over calendar windows that run past the term. Worked by hand from the
/// shipped catalog: Anthropic–xAI bills $1.25B a month from May 2026 through May 2029 (37 months), May–Jun 2026 at
/// an undisclosed reduced fee (each ramp month $0 low, $1.25B high, half rate as the value). Today is 2026-11-27.
/// </summary>
public class BillingWindowTest
{
    private const double Fee = 1.25e9;
    private const double DaysAsMonths = 12.0 / 365.0;

    private static readonly DealCatalog Catalog = CatalogLoader.LoadDefault();
    private static readonly Answerer Answerer = new(Catalog, new StoppedClock());

    private static Answer Total(Window window, string deal = "anthropic-xai") =>
        Answerer.Answer(new DealQuery { Kind = QueryKind.Deal, Measure = Measure.Total, DealIds = [deal], Window = window });

    private static Window Months(WindowKind kind, int months) => Window.OfLength(kind, months, null);

    private static Window Days(WindowKind kind, int days) => Window.OfLength(kind, null, days);

    [Fact]
    public void FirstYear_IsTenFullMonthsPlusTheTwoRampMonthsAsARange()
    {
        var answer = Total(Months(WindowKind.First, 12));

        Assert.Equal((10 * Fee, 10 * Fee + Fee, 12 * Fee), Range(answer));
        Assert.Contains("May 2026 – Apr 2027", answer.Headline);
        Assert.Contains(answer.Steps, s => s.Contains("× 10 months = $12.5B"));
        Assert.Contains(answer.Steps, s => s.StartsWith("Ramp: 2 months before Jul 2026", StringComparison.Ordinal));
    }

    [Fact]
    public void FirstSixMonths_HasFourFullMonths() =>
        Assert.Equal((4 * Fee, 5 * Fee, 6 * Fee), Range(Total(Months(WindowKind.First, 6))));

    [Fact]
    public void FirstMonth_IsAllRamp() =>
        Assert.Equal((0, Fee / 2, Fee), Range(Total(Months(WindowKind.First, 1))));

    [Fact]
    public void First180Days_AreDaysTimesTwelveOver365Months_RampFirst()
    {
        var answer = Total(Days(WindowKind.First, 180));
        var full = ((180 * DaysAsMonths) - 2) * Fee;

        AssertClose((full, full + Fee, full + (2 * Fee)), Range(answer));
        Assert.Contains(answer.Steps, s => s.Contains("180 × 12 ÷ 365 = 5.92 months"));
    }

    [Fact]
    public void Next12Months_StartTheMonthAfterToday_AllAtFullRate()
    {
        var answer = Total(Months(WindowKind.Next, 12));

        Assert.Equal(12 * Fee, answer.Value);
        Assert.Null(answer.Low);
        Assert.Contains("Dec 2026 – Nov 2027", answer.Headline);
    }

    [Fact]
    public void Next90Days_EqualNinetyDailyFees()
    {
        var answer = Total(Days(WindowKind.Next, 90));

        Assert.Equal(Fee * 12 / 365 * 90, answer.Value!.Value, 0);
    }

    [Fact]
    public void NextFiveYears_StopAtTheTermEnd_AndSaySo()
    {
        var answer = Total(Months(WindowKind.Next, 60));

        Assert.Equal(30 * Fee, answer.Value);
        Assert.Contains("Dec 2026 – May 2029", answer.Headline);
        Assert.Contains(answer.Assumptions, a => a.Contains("ends in May 2029") && a.Contains("30 months are billed, not 60"));
    }

    [Fact]
    public void Last12Months_StartAtTheDealStart_AndSaySo()
    {
        var answer = Total(Months(WindowKind.Past, 12));

        Assert.Equal((5 * Fee, 6 * Fee, 7 * Fee), Range(answer));
        Assert.Contains(answer.Assumptions, a => a.Contains("started in May 2026") && a.Contains("7 months are billed, not 12"));
    }

    [Fact]
    public void FinalSixMonths_EndWithTheTerm()
    {
        var answer = Total(Months(WindowKind.Final, 6));

        Assert.Equal(6 * Fee, answer.Value);
        Assert.Contains("Dec 2028 – May 2029", answer.Headline);
    }

    [Fact]
    public void FinalWindowLongerThanTheTerm_IsTheWholeTerm() =>
        Assert.Equal((35 * Fee, 36 * Fee, 37 * Fee), Range(Total(Months(WindowKind.Final, 60))));

    [Fact]
    public void DurationInDays_IsDaysTimesTheDailyFee_AndPointsToTheRampReading()
    {
        var answer = Total(Days(WindowKind.ForDuration, 180));

        Assert.Equal(Fee * 12 / 365 * 180, answer.Value!.Value, 0);
        Assert.Contains(answer.Assumptions, a => a.Contains("the first 180 days"));
    }

    [Fact]
    public void ThroughAYearPastTheTerm_IsLabelledAndValuedToTheTermEnd()
    {
        var answer = Total(new Window(WindowKind.Between, null, new YearMonth(2029, 12)));

        Assert.Equal((35 * Fee, 36 * Fee, 37 * Fee), Range(answer));
        Assert.Contains("May 2026 – May 2029", answer.Headline);
        Assert.DoesNotContain("Dec 2029", answer.Headline);
        Assert.Contains(answer.Assumptions, a => a.Contains("ends in May 2029") && a.Contains("you asked through Dec 2029"));
    }

    [Fact]
    public void FromBeforeTheStart_IsLabelledFromTheStart()
    {
        var answer = Total(new Window(WindowKind.Between, new YearMonth(2025, 1), new YearMonth(2026, 12)));

        Assert.Contains("May 2026 – Dec 2026", answer.Headline);
        Assert.Contains(answer.Assumptions, a => a.Contains("starts in May 2026"));
    }

    [Fact]
    public void AWindowAfterTheTerm_BillsNothing_AndSaysWhy()
    {
        var answer = Total(new Window(WindowKind.Between, new YearMonth(2030, 1), new YearMonth(2030, 12)));

        Assert.Equal(0, answer.Value);
        Assert.Contains(answer.Steps, s => s.Contains("Nothing is billed in Jan 2030 – Dec 2030", StringComparison.Ordinal));
    }

    [Fact]
    public void LumpSumWithoutAStartMonth_FirstYearIsTheEvenMonthlyFee_WithItsDerivation()
    {
        var answer = Total(Months(WindowKind.First, 12), "openai-oracle");

        Assert.Equal(60e9, answer.Value);
        Assert.Contains(answer.Steps, s => s.Contains("$300B ÷ (5 years × 12) = $5B/month"));
    }

    [Fact]
    public void LumpSumWithoutAStartMonth_CannotPlaceTheNextMonths()
    {
        var answer = Total(Months(WindowKind.Next, 12), "openai-oracle");

        Assert.Null(answer.Value);
        Assert.Contains("start month has not been disclosed", answer.Headline);
    }

    [Fact]
    public void LumpSumFirstWindow_StopsAtTheStatedTerm() =>
        Assert.Equal(38e9, Total(Months(WindowKind.First, 120), "openai-aws").Value!.Value, 0);

    private static (double?, double?, double?) Range(Answer a) => (a.Low ?? a.Value, a.Value, a.High ?? a.Value);

    private static void AssertClose((double Low, double Value, double High) expected, (double?, double?, double?) actual)
    {
        Assert.Equal(expected.Low, actual.Item1!.Value, 0);
        Assert.Equal(expected.Value, actual.Item2!.Value, 0);
        Assert.Equal(expected.High, actual.Item3!.Value, 0);
    }

    private sealed class StoppedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
    }
}
