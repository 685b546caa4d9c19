using DealBot.Core.Calculations;
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

        var measure = query.Measure == Measure.Summary ? Measure.YearlyCost : query.Measure;
        var deals = ids.Select(id => answerer.Catalog.FindDeal(id) ?? answerer.Catalog.DefaultDeal).ToList();

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
}
