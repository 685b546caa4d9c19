using DealBot.Core.Answers;
using DealBot.Core.Catalog;
using DealBot.Core.Queries;
using DealBot.Core.Quantities;

namespace DealBot.Core.Tests.Calculations;

/// <summary>The core's answers for typed queries; expected values are worked by hand from the shipped catalog.</summary>
public class AnswererTest
{
    private static readonly DealCatalog Catalog = CatalogLoader.LoadDefault();
    private static readonly Answerer Answerer = new(Catalog, new StoppedClock());

    private static Answer Ask(Measure measure, Window? window = null, DateOnly? notice = null) =>
        Answerer.Answer(new DealQuery { Kind = QueryKind.Deal, Measure = measure, Window = window, NoticeDate = notice });

    [Fact]
    public void Total_ToTerm_IsRangeOverRampMonths()
    {
        var answer = Ask(Measure.Total);

        Assert.Equal((43.75e9, 45e9, 46.25e9), (answer.Low, answer.Value, answer.High));
        Assert.Equal(AnswerUnit.Usd, answer.Unit);
        Assert.Contains(answer.Assumptions, a => a.Contains("180"));
    }

    [Fact]
    public void Total_SoFar_CountsThroughCurrentMonth() =>
        Assert.Equal((6.25e9, 7.5e9, 8.75e9), Range(Ask(Measure.Total, new Window(WindowKind.SoFar))));

    [Fact]
    public void Total_Remaining_IsExact30Months()
    {
        var answer = Ask(Measure.Total, new Window(WindowKind.Remaining));

        Assert.Equal(37.5e9, answer.Value);
        Assert.Null(answer.Low);
    }

    [Fact]
    public void Total_ReversedWindow_IsAPoliteRefusal()
    {
        var answer = Ask(Measure.Total, new Window(WindowKind.Between, new YearMonth(2029, 5), new YearMonth(2026, 5)));

        Assert.Null(answer.Value);
        Assert.Contains("ends before it starts", answer.Headline);
    }

    [Fact]
    public void PerGpuHour_SpansBothGpuCounts()
    {
        var answer = Ask(Measure.PerGpuHour);

        Assert.Equal(7.7833, answer.Value!.Value, 4);
        Assert.Equal(5.2687, answer.Low!.Value, 4);
    }

    [Fact]
    public void MinimumCommitment_NinetyDaysFromToday()
    {
        var answer = Ask(Measure.MinimumCommitment);

        Assert.Equal(1.25e9 * 12 / 365 * 90, answer.Value!.Value, 0);
        Assert.Equal(3.75e9, answer.High);
    }

    [Theory]
    [InlineData(Measure.YearlyCost, 15e9, "USD/year")]
    [InlineData(Measure.PerMwYear, 50e6, "USD/MW/year")]
    [InlineData(Measure.PerKwh, 5.70776, "USD/kWh")]
    [InlineData(Measure.EnergyPerYear, 2.628, "TWh")]
    [InlineData(Measure.EnergyPerMonth, 219, "GWh")]
    [InlineData(Measure.Homes, 245_263.6, "homes")]
    [InlineData(Measure.GpusForPower, 200_000, "GPU")]
    [InlineData(Measure.End, 2029, "calendar_year")]
    public void DealMeasure_GivesHandComputedValue(Measure measure, double expected, string unit)
    {
        var answer = Ask(measure);

        Assert.Equal(unit, answer.Unit?.Spelling());
        Assert.Equal(expected, answer.Value!.Value, expected * 1e-4);
    }

    [Fact]
    public void PerGpuHour_CitesTheSourceOfEachGpuCount_NotUnusedOnes()
    {
        var urls = Ask(Measure.PerGpuHour).Sources.Select(s => s.Url).ToList();

        Assert.Contains(urls, u => u.Contains("relvehq"));
        Assert.Contains(urls, u => u.Contains("foxvector"));
        Assert.DoesNotContain(urls, u => u.Contains("thedailyscout"));
    }

    [Theory]
    [InlineData(Measure.MonthlyCost)]
    [InlineData(Measure.Total)]
    [InlineData(Measure.PerKwh)]
    [InlineData(Measure.Homes)]
    [InlineData(Measure.GpusForPower)]
    [InlineData(Measure.FlopsPerMonth)]
    [InlineData(Measure.MinimumCommitment)]
    [InlineData(Measure.Termination)]
    public void DealAnswer_CitesItsSources(Measure measure) => Assert.NotEmpty(Ask(measure).Sources);

    [Fact]
    public void Compute_GpuRental_ForAYear()
    {
        var answer = Answerer.Answer(new DealQuery
        {
            Kind = QueryKind.Compute,
            Measure = Measure.GpuRentalCost,
            GpuCount = 10_000,
            PricePerGpuHour = Money.FromUsd(2.5m),
            Duration = Duration.FromYears(1),
        });

        Assert.Equal(219e6, answer.Value);
        Assert.Equal("compute", answer.Intent);
    }

    [Fact]
    public void WhatIf_500Megawatts_LowersPricePerMwYear()
    {
        var answer = Answerer.Answer(new DealQuery { Kind = QueryKind.WhatIf, Changes = new DealChanges { Power = Power.FromMegawatts(500) } });

        Assert.Equal(30e6, answer.Value!.Value, 0);
        Assert.Contains("50M", answer.Headline);
    }

    [Fact]
    public void WhatIf_NewTotal_IsSpreadOverTheBilledMonths_RampMonthsAtAnUndisclosedShare()
    {
        // 35 full months and 2 ramp months: $54B ÷ 36 at half the fee for the ramp, ÷ 37 at all of it, ÷ 35 at none.
        var answer = Answerer.Answer(new DealQuery { Kind = QueryKind.WhatIf, Changes = new DealChanges { Total = Money.FromBillions(54m) } });

        Assert.Equal(AnswerUnit.UsdPerMonth, answer.Unit);
        Assert.Equal(1.5e9, answer.Value!.Value, 0);
        Assert.Equal(54e9 / 37, answer.Low!.Value, 0);
        Assert.Equal(54e9 / 35, answer.High!.Value, 0);
    }

    [Fact]
    public void WhatIf_NewTotal_OfADealWithUndisclosedEarlierMonths_IsRefused()
    {
        var answer = Answerer.Answer(new DealQuery { Kind = QueryKind.WhatIf, DealIds = ["google-xai"], Changes = new DealChanges { Total = Money.FromBillions(40m) } });

        Assert.False(answer.Understood);
        Assert.Null(answer.Value);
    }

    [Fact]
    public void Compare_PerMwYear_FirstDealValue_StepsForBoth()
    {
        var answer = Answerer.Answer(new DealQuery { Kind = QueryKind.Compare, Measure = Measure.PerMwYear, DealIds = ["anthropic-xai", "openai-oracle"] });

        Assert.Equal(50e6, answer.Value!.Value, 0);
        Assert.Contains(answer.Steps, s => s.Contains("OpenAI"));
    }

    [Fact]
    public void Compare_WithADealWhosePowerIsUndisclosed_SaysSoInTheWorking_NotInTheHeadline()
    {
        var answer = Answerer.Answer(new DealQuery { Kind = QueryKind.Compare, Measure = Measure.PerMwYear, DealIds = ["openai-oracle", "openai-aws"] });

        Assert.Contains("OpenAI–AWS (no figure: see below)", answer.Headline, StringComparison.Ordinal);
        Assert.DoesNotContain("can't give", answer.Headline, StringComparison.Ordinal);
        Assert.Contains(answer.Steps, s => s.StartsWith("→ OpenAI–AWS:", StringComparison.Ordinal) && s.Contains("power", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_IsNotUnderstood_WithSuggestions()
    {
        var answer = Answerer.Answer(DealQuery.Unknown(null, []));

        Assert.False(answer.Understood);
        Assert.NotEmpty(answer.Suggestions);
    }

    private static (double?, double?, double?) Range(Answer a) => (a.Low, a.Value, a.High);

    [Theory]
    [InlineData(null, "2026-05")] // the first billed month, ramp included
    [InlineData(WindowKind.FullRate, "2026-07")] // "when did the full rate kick in": the catalog's fullRateStart
    public void Start_OfTheDealOrOfItsFullRate(WindowKind? phase, string month)
    {
        var answer = Ask(Measure.Start, phase is { } kind ? new Window(kind) : null);

        Assert.Equal(month, answer.Date);
    }

    private sealed class StoppedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
    }
}
