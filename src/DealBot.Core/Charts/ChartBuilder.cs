using DealBot.Core.Answers;
using DealBot.Core.Calculations;
using DealBot.Core.Catalog;
using DealBot.Core.Queries;
using DealBot.Core.Quantities;
using DealBot.Core.Text;

namespace DealBot.Core.Charts;

/// <summary>
/// The chart of an answer, from the same models and billing arithmetic that answer in text: a deal's cumulative spend
/// (<see cref="BillingWindow"/> month by month), deals compared on the answer's basis (<see cref="DealMeasures"/> per
/// deal), or a what-if next to its original. When no chart can be drawn, the answer says why instead.
/// </summary>
internal static class ChartBuilder
{
    /// <summary>A title longer than this does not fit a chat-size chart.</summary>
    private const int TitleChars = 64;

    public static Answer Attach(Answerer answerer, DealQuery query, Answer answer, (YearMonth Month, DateOnly Date) today)
    {
        if (!answer.Understood || query.Kind is QueryKind.Help or QueryKind.Unknown)
        {
            return answer;
        }

        (ChartData? Chart, string? Reason) outcome;
        try
        {
            outcome = query.Kind switch
            {
                QueryKind.Deal => Deal(answerer, query, today),
                QueryKind.Compare => Compare(answerer, query, answer, today),
                QueryKind.WhatIf when query.Changes is { IsEmpty: false } changes => WhatIf(answerer, query, changes, today),
                _ => (null, ChartMessages.NoDeal),
            };
        }
        catch (OverflowException)
        {
            // The text answer stands; numbers past decimal's range are not drawn.
            return answer;
        }

        return outcome.Chart is { } chart
            ? answer with { Chart = chart with { Sources = answer.Sources } }
            : answer with { Assumptions = [.. answer.Assumptions, outcome.Reason ?? ChartMessages.NoDeal] };
    }

    private static (ChartData?, string?) Deal(Answerer answerer, DealQuery query, (YearMonth Month, DateOnly Date) today)
    {
        var deal = answerer.DealFor(query);
        if (Series(answerer.Model(deal), deal.Name, today.Month, answerer.Catalog) is not { } series)
        {
            return (null, ChartMessages.NoTimeline(deal.Name));
        }

        return (new SpendChart
        {
            Title = $"{deal.Name}: cumulative spend",
            Series = [series],
            Today = today.Month,
            Description = $"Line chart of {Describe(series)}. {Band(series)}Today: {Months.Name(today.Month)}.",
        }, null);
    }

    private static (ChartData?, string?) Compare(Answerer answerer, DealQuery query, Answer answer, (YearMonth Month, DateOnly Date) today)
    {
        // The basis Comparison answers on: a comparison without a measure compares yearly cost.
        var measure = query.Measure == Measure.Summary ? Measure.YearlyCost : query.Measure;
        var scratch = new AnswerBuilder(answerer.Catalog);
        var bars = new List<ChartBar>();
        var omitted = new List<string>();
        string? basis = null;
        AnswerUnit? unit = null;
        foreach (var deal in answer.DealIds.Select(answerer.Catalog.FindDeal).OfType<Deal>())
        {
            var measured = DealMeasures.Evaluate(answerer.Model(deal), measure, query, today.Month, today.Date, scratch);
            basis ??= measured.Label;
            if (measured is { Value: { } value, Unit: { } u } && (unit is null || unit == u))
            {
                unit = u;
                bars.Add(new ChartBar(deal.Name, value));
            }
            else
            {
                omitted.Add(deal.Name);
            }
        }

        basis ??= "on one basis";
        if (bars.Count == 0 || unit is not { } barUnit)
        {
            return (null, ChartMessages.NoFigures(basis));
        }

        var names = string.Join(" vs ", bars.Select(b => b.Label).Concat(omitted));
        var title = names.Length + basis.Length <= TitleChars ? $"{names}: {basis}" : $"Compared {basis}";
        return (Bars(title, basis, barUnit, bars, omitted), null);
    }

    private static (ChartData?, string?) WhatIf(Answerer answerer, DealQuery query, DealChanges changes, (YearMonth Month, DateOnly Date) today)
    {
        var deal = answerer.DealFor(query);
        var original = answerer.Model(deal);
        var changed = DealModel.Create(deal, answerer.Catalog, changes);
        var movesSpend = changes.MonthlyFee is not null || changes.Start is not null || changes.End is not null;
        if (movesSpend && query.Measure is Measure.Summary or Measure.Total)
        {
            var before = Series(original, $"{deal.Name} (original)", today.Month, answerer.Catalog);
            var after = Series(changed, $"{deal.Name} (what-if)", today.Month, answerer.Catalog);
            if (before is null || after is null)
            {
                return (null, ChartMessages.NoTimeline(deal.Name));
            }

            return (new SpendChart
            {
                Title = $"{deal.Name}: what-if next to the original",
                Series = [before, after],
                Today = today.Month,
                Description = $"Line chart of {Describe(before)}, and of {Describe(after)}. {Band(before)}Today: {Months.Name(today.Month)}.",
            }, null);
        }

        // Power and GPU changes move unit costs, not spend: the two figures side by side (WhatIf's default measures).
        var measure = query.Measure != Measure.Summary ? query.Measure : changes.Power is not null ? Measure.PerMwYear : Measure.PerGpuHour;
        var scratch = new AnswerBuilder(answerer.Catalog);
        var was = DealMeasures.Evaluate(original, measure, query, today.Month, today.Date, scratch);
        var now = DealMeasures.Evaluate(changed, measure, query, today.Month, today.Date, scratch);
        if (was is not { Value: { } a, Unit: { } unit } || now is not { Value: { } b } || now.Unit != unit)
        {
            return (null, ChartMessages.NoFigures(was.Label));
        }

        return (Bars($"{deal.Name}: what-if {was.Label}", was.Label, unit, [new ChartBar("Original", a), new ChartBar("What-if", b)], []), null);
    }

    /// <summary>Total billed through each month of the term, from the same arithmetic as a "between" total.</summary>
    private static SpendSeries? Series(DealModel model, string name, YearMonth today, DealCatalog catalog)
    {
        if (model.MonthlyFee is null || model.First is not { } first || model.Last is not { } last || last < first)
        {
            return null;
        }

        var scratch = new AnswerBuilder(catalog);
        var points = new List<Estimate<decimal>>(YearMonth.CountInclusive(first, last));
        for (var month = first; month <= last; month = month.AddMonths(1))
        {
            if (BillingWindow.Total(model, new Window(WindowKind.Between, first, month), today, scratch).Value is not { } spend)
            {
                return null;
            }

            points.Add(spend);
        }

        return new SpendSeries(name, first, model.FullRateStart, last, points);
    }

    private static BarChart Bars(string title, string basis, AnswerUnit unit, List<ChartBar> bars, List<string> omitted) => new()
    {
        Title = title,
        Basis = basis,
        Unit = unit,
        Bars = bars,
        Omitted = omitted,
        Description = "Bar chart " + basis + ": "
            + string.Join("; ", bars.Select(b => $"{b.Label} {ValueFormat.Format(b.Value, unit)}"))
            + (omitted.Count > 0 ? $". Not disclosed: {string.Join(", ", omitted)}" : "") + ".",
    };

    private static string Describe(SpendSeries s) =>
        $"{s.Name}'s cumulative spend from {Months.Name(s.First)} to {Months.Name(s.Last)}, reaching {ValueFormat.Format(s.Total, AnswerUnit.Usd)}";

    private static string Band(SpendSeries s) =>
        s.FullRateStart is { } full && full > s.First
            ? $"The shaded band is the range: months before {Months.Name(full)} were billed at an undisclosed reduced fee. "
            : "";
}
