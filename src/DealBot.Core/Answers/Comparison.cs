using DealBot.Core.Calculations;
using DealBot.Core.Catalog;
using DealBot.Core.Queries;
using DealBot.Core.Quantities;
using DealBot.Core.Text;

namespace DealBot.Core.Answers;

/// <summary>
/// Two or more deals on one basis; the value is the first deal's figure, the steps give every deal's, and
/// <see cref="Answer.Comparison"/> holds each deal's figure and working apart for side-by-side layouts.
/// </summary>
internal static class Comparison
{
    public static Answer Answer(Answerer answerer, DealQuery query, (YearMonth Month, DateOnly Date) today)
    {
        var ids = query.DealIds.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (ids.Count == 1 && !string.Equals(ids[0], answerer.Catalog.DefaultDeal.Id, StringComparison.OrdinalIgnoreCase))
        {
            ids.Insert(0, answerer.Catalog.DefaultDeal.Id);
        }

        if (ids.Count < 2)
        {
            return answerer.Answer(DealQuery.Unknown(AnswerMessages.NeedTwoDeals, [AnswerMessages.Examples[5]]));
        }

        var deals = ids.Select(id => answerer.Catalog.FindDeal(id) ?? answerer.Catalog.DefaultDeal).ToList();
        // Deals are set side by side per year; added up they are their totals ("both meta coreweave deals combined"), and a
        // difference or ratio of a deal known only by its total is of totals, the one figure it has.
        var measure = query.Measure != Measure.Summary ? query.Measure
            : query.Contrast == Contrast.Sum || (query.Contrast != Contrast.None && deals.Any(d => !d.HasRate))
                ? Measure.Total : Measure.YearlyCost;
        if (query.Contrast == Contrast.Sum)
        {
            return Summed(answerer, query, deals, measure, today);
        }

        if (query.Contrast != Contrast.None && deals.Count == 2)
        {
            return Contrasted(answerer, query, deals[0], deals[1], measure, today);
        }

        var compared = new List<ComparedDeal>(deals.Count);
        string? basis = null;
        var answer = answerer.Single(query, b =>
        {
            var results = deals.Select(deal =>
            {
                var start = b.StepCount;
                var measured = DealMeasures.Evaluate(answerer.Model(deal), measure, query, today.Month, today.Date, b);
                compared.Add(ComparedDeal.Of(deal, measured, b.StepsFrom(start)));
                // Formatted once: the step and the comparison line both show it.
                var formatted = measured.Formatted;
                b.Step($"→ {deal.Name}: {formatted}");
                return (deal, measured, formatted);
            }).ToList();

            var first = results[0].measured;
            basis = first.Label;
            // A deal whose sources do not allow the figure gets its reason in the working, not inside this line.
            var line = string.Join(" vs ", results.Select(r => r.measured.Missing is null ? $"{r.deal.Name} {r.formatted}" : $"{r.deal.Name} (no figure: see below)"));
            if (first.Value is { } a && results[1].measured.Value is { Value: > 0 } other && first.Unit == results[1].measured.Unit)
            {
                line += $" ({QuantityFormat.Number(a.Value / other.Value)}× the second)";
            }

            b.Assume("Lump-sum deals are spread evenly over their stated term; undisclosed figures are left out, not guessed.");
            return first.Missing is null
                ? first with { Label = $"compared {first.Label}: {line}" }
                : first;
        }, Intents.Compare, null);
        // A refusal (a unit the deals cannot be put in) is not set side by side.
        return answer.Understood && basis is not null ? answer with { Comparison = new DealComparison(basis, compared) } : answer;
    }

    /// <summary>
    /// "xai + oracle per year", "iren + nebius + nscale totals", "total GW of openai nvidia and openai amd": the deals'
    /// figures added, each deal's working kept, in the unit asked when it has the figures' dimension. Amounts add up
    /// (dollars, dollars a month, MW, GPUs); prices per MW or per GPU-hour do not.
    /// </summary>
    private static Answer Summed(Answerer answerer, DealQuery query, IReadOnlyList<Deal> deals, Measure measure, (YearMonth Month, DateOnly Date) today)
    {
        var b = new AnswerBuilder(answerer.Catalog);
        var parts = new List<Measured>(deals.Count);
        foreach (var deal in deals)
        {
            var measured = DealMeasures.Evaluate(answerer.Model(deal), measure, query, today.Month, today.Date, b);
            b.Step($"→ {deal.Name}: {measured.Formatted}");
            if (measured.Value is null || measured.Unit is null || (parts.Count > 0 && measured.Unit != parts[0].Unit))
            {
                return Composed.Refusal(b, measured.Missing ?? string.Format(System.Globalization.CultureInfo.InvariantCulture, AnswerMessages.NoContrastFormat,
                    deals[0].Name, deal.Name, parts.Count > 0 ? parts[0].Label : measured.Label));
            }

            parts.Add(measured);
        }

        var unit = parts[0].Unit!.Value;
        if (unit.ToUnit() is not { } added || Units.Prelude.PerCountOf(added.Dimension) is not null || added.Dimension[Units.BaseDimension.Power] < 0)
        {
            return Composed.Refusal(b, AnswerMessages.SumOfPrices);
        }

        var sum = new Estimate<decimal>(parts.Sum(p => p.Value!.Value.Low), parts.Sum(p => p.Value!.Value.Value), parts.Sum(p => p.Value!.Value.High));
        var terms = string.Join(" + ", parts.Select(p => p.Formatted));
        var names = deals.Count == 2 ? $"{deals[0].Name}'s and {deals[1].Name}'s" : string.Join(", ", deals.Select(d => d.Name + "'s"));
        if (InAsked(query, sum, unit) is { } asked)
        {
            b.Step($"{terms} = {asked.Formatted}");
            return b.Build(Intents.Compare, $"{asked.Formatted} — {names} {parts[0].Label} added up ({terms})", asked.Value, asked.Unit);
        }

        var both = ValueFormat.Format(sum, unit);
        b.Step($"{terms} = {both}");
        return b.Build(Intents.Compare, $"{both} — {names} {parts[0].Label} added up ({terms})", sum, unit);
    }

    /// <summary>
    /// "how much more does anthropic pay than google", "how many times bigger": one figure from two deals' figures on
    /// one basis, each deal's working kept. The difference is a size; the words say which deal is the larger.
    /// </summary>
    private static Answer Contrasted(Answerer answerer, DealQuery query, Deal first, Deal second, Measure measure, (YearMonth Month, DateOnly Date) today)
    {
        var b = new AnswerBuilder(answerer.Catalog);
        var x = DealMeasures.Evaluate(answerer.Model(first), measure, query, today.Month, today.Date, b);
        b.Step($"→ {first.Name}: {x.Formatted}");
        var y = DealMeasures.Evaluate(answerer.Model(second), measure, query, today.Month, today.Date, b);
        b.Step($"→ {second.Name}: {y.Formatted}");
        if (x.Value is not { } a || y.Value is not { Value: > 0 } c || x.Unit is not { } unit || x.Unit != y.Unit)
        {
            return Composed.Refusal(b, x.Missing ?? y.Missing ?? string.Format(System.Globalization.CultureInfo.InvariantCulture, AnswerMessages.NoContrastFormat, first.Name, second.Name, x.Label));
        }

        if (query.Contrast is Contrast.Ratio or Contrast.Share)
        {
            var ratio = new Estimate<decimal>(a.Low / c.High, a.Value / c.Value, a.High / c.Low);
            var share = query.Contrast == Contrast.Share;
            var shown = share ? Units.Prelude.Percent : Units.Prelude.One;
            var stated = share ? new Estimate<decimal>(ratio.Low * 100m, ratio.Value * 100m, ratio.High * 100m) : ratio;
            var times = UnitFormat.Format(stated.Low, stated.Value, stated.High, shown);
            b.Step($"{x.Formatted} ÷ {y.Formatted} = {times}");
            var relation = share ? "as a share of" : "over";
            return b.Build(Intents.Compare, $"{times} — {first.Name}'s {x.Label} {relation} {second.Name}'s ({x.Formatted} vs {y.Formatted})", stated, shown);
        }

        var larger = a.Value >= c.Value;
        var (high, value, low) = larger ? (a.High - c.Low, a.Value - c.Value, a.Low - c.High) : (c.High - a.Low, c.Value - a.Value, c.Low - a.High);
        var difference = new Estimate<decimal>(Math.Max(0m, low), value, high);
        var inAsked = InAsked(query, difference, unit);
        var formatted = inAsked?.Formatted ?? ValueFormat.Format(difference, unit);
        b.Step($"{(larger ? x.Formatted : y.Formatted)} − {(larger ? y.Formatted : x.Formatted)} = {formatted}");
        var (more, less) = larger ? (first.Name, second.Name) : (second.Name, first.Name);
        var headline = $"{formatted} — {more}'s {x.Label} is that much more than {less}'s ({x.Formatted} vs {y.Formatted})";
        return inAsked is { } asked ? b.Build(Intents.Compare, headline, asked.Value, asked.Unit) : b.Build(Intents.Compare, headline, difference, unit);
    }

    /// <summary>"… in GW", "in billions": a sum or a difference in the unit asked, when that has the figure's dimension; else null.</summary>
    private static (Estimate<decimal> Value, Units.Unit Unit, string Formatted)? InAsked(DealQuery query, Estimate<decimal> figure, AnswerUnit unit)
    {
        if (unit.ToUnit() is not { } own || Composed.Scaled(query.Target ?? own, query.TargetScale) is not { } asked
            || asked.Dimension != own.Dimension || asked.Factor == own.Factor)
        {
            return null;
        }

        var (low, value, high) = Units.Quantity.Of(figure.Low, figure.Value, figure.High, own).In(asked)!.Value;
        return (new Estimate<decimal>(low, value, high), asked, UnitFormat.Format(low, value, high, asked));
    }
}
