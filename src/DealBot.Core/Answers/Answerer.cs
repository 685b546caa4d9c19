using System.Collections.Frozen;
using DealBot.Core.Calculations;
using DealBot.Core.Catalog;
using DealBot.Core.Charts;
using DealBot.Core.Queries;
using DealBot.Core.Units;
using DealBot.Core.Quantities;

namespace DealBot.Core.Answers;

/// <summary>
/// The one calculation core every platform shares: turns an understood question into a typed answer
/// with its working, assumptions and sources. Never throws for a question; a failure becomes a polite answer.
/// </summary>
public sealed class Answerer(DealCatalog catalog, TimeProvider clock)
{
    // The catalog is immutable: each deal's numbers are prepared once, not per question.
    private readonly FrozenDictionary<string, DealModel> _models =
        catalog.Deals.ToFrozenDictionary(d => d.Id, d => DealModel.Create(d, catalog), StringComparer.OrdinalIgnoreCase);

    // Caveat lines are the same for every answer about a deal: written once.
    private readonly FrozenDictionary<string, (string[] Lines, Source[] Sources)> _caveats =
        catalog.Deals.ToFrozenDictionary(d => d.Id, d => Caveats(d, catalog), StringComparer.OrdinalIgnoreCase);

    public DealCatalog Catalog => catalog;

    /// <summary>The deal's numbers as the catalog gives them.</summary>
    public DealModel Model(Deal deal) => _models[deal.Id];

    public Answer Answer(DealQuery query)
    {
        var answer = Unnoted(query);
        return query.QuotedAmount is null || !answer.Understood ? answer : Noted(query, answer);
    }

    private Answer Unnoted(DealQuery query)
    {
        try
        {
            return query.Kind switch
            {
                QueryKind.Help => Help(),
                QueryKind.Unknown => NotUnderstood(query.Problem, query.Suggestions),
                QueryKind.NoSuchDeal => NoSuchDeal(query.Parties),
                QueryKind.Compute => Single(query, b => ComputeMath.Evaluate(query, b), DealMeasures.Intent(query.Measure), null),
                // A rate the user typed is the base, and only a deal they name adds its term.
                QueryKind.Compose when query.Escalation is not null => Escalated.Answer(new AnswerBuilder(catalog), query,
                    query.DealIds.Count > 0 || query.Given.All(g => g.Quantity.Dimension[BaseDimension.Money] == 0) ? Model(DealFor(query)) : null),
                QueryKind.Compose when query.DealIds.Count == 2 && query.Target is { } length => TimeToMatch.Answer(new AnswerBuilder(catalog),
                    Model(DealFor(query)), Model(DealFor(query, 1)), length, Today().Month, Today().Date),
                // A what-if carried into a composition ("how many years to pay $30B at that rate?") is the deal as changed.
                QueryKind.Compose => Composed.Answer(new AnswerBuilder(catalog), query, query.DealIds.Count == 0 ? null
                    : query.Changes is { } changes ? DealModel.Create(DealFor(query), catalog, changes) : Model(DealFor(query))),
                QueryKind.WhatIf => WhatIf.Answer(this, query, Today()),
                QueryKind.Compare => Comparison.Answer(this, query, Today()),
                _ => DealAnswer(query),
            };
        }
        catch (OverflowException)
        {
            return NotUnderstood(AnswerMessages.TooLarge, []);
        }
    }

    /// <summary>A figure the user brought to check, which the calculation does not use.</summary>
    private static Answer Noted(DealQuery query, Answer answer)
    {
        var notes = new List<string>(answer.Assumptions);
        if (query.QuotedAmount is { } quoted)
        {
            var usd = (double)quoted.Usd;
            var (value, low, high) = (answer.Value ?? double.NaN, answer.Low ?? answer.Value ?? double.NaN, answer.High ?? answer.Value ?? double.NaN);
            var verdict = usd >= low * 0.995 && usd <= high * 1.005 ? "that matches the answer above"
                : answer.Unit != AnswerUnit.Usd || double.IsNaN(value) ? "not an input here; the figure above is worked out from the sourced facts"
                : usd < low ? "the answer above is more than that, across its whole range"
                : "the answer above is less than that, across its whole range";
            notes.Add($"You mentioned {Text.QuantityFormat.Money(quoted)}: {verdict}.");
        }

        return answer with { Assumptions = notes };
    }

    /// <summary>
    /// The answer, and with <paramref name="chart"/> its chart as well (<see cref="Answer.Chart"/>): the same numbers,
    /// month by month or side by side. When none can be drawn, an assumption line says why; the text never depends on it.
    /// </summary>
    public Answer Answer(DealQuery query, bool chart)
    {
        var answer = Answer(query);
        return chart ? ChartBuilder.Attach(this, query, answer, Today()) : answer;
    }

    public Deal DealFor(DealQuery query, int index = 0) =>
        (index < query.DealIds.Count ? catalog.FindDeal(query.DealIds[index]) : null) ?? catalog.DefaultDeal;

    internal (YearMonth Month, DateOnly Date) Today()
    {
        var date = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return (YearMonth.FromDate(date), date);
    }

    internal Answer Single(DealQuery query, Func<AnswerBuilder, Measured> evaluate, string intent, string? dealName, DealModel? model = null)
    {
        var b = new AnswerBuilder(catalog);
        var measured = evaluate(b);
        if ((query.Target is not null || query.TargetScale > 0m) && (measured.Missing is null || model is not null)
            && Composed.InAskedUnit(b, query, measured, model, intent, Today().Month) is { } asked)
        {
            return asked;
        }

        if (measured.Missing is { } missing)
        {
            return b.Build(intent, missing) with { Suggestions = AnswerMessages.Examples.Take(3).ToArray() };
        }

        var headline = dealName is null ? $"{measured.Formatted} — {measured.Label}" : $"{measured.Formatted} — {dealName}, {measured.Label}";
        return measured.Value is { } value && measured.Unit is { } unit
            ? b.Build(intent, headline, value, unit, measured.Date)
            : b.Build(intent, headline);
    }

    private Answer DealAnswer(DealQuery query)
    {
        var deal = DealFor(query);
        var model = Model(deal);
        var (month, date) = Today();
        var answer = Single(query, b => DealMeasures.Evaluate(model, query.Measure, query, month, date, b), DealMeasures.Intent(query.Measure), deal.Name, model);
        if (query.DealIds.Count == 0 && answer.Understood)
        {
            answer = answer with { Assumptions = [.. answer.Assumptions, string.Format(System.Globalization.CultureInfo.InvariantCulture, AnswerMessages.DefaultDealFormat, deal.Name)] };
        }

        return query.Measure is Measure.Total or Measure.End ? WithCaveats(answer, deal) : answer;
    }

    /// <summary>
    /// Totals and end dates depend on the term, which the sources dispute: say so. The catalog lists caveats most
    /// important first; a chat answer carries the first two and the reported totals on one line.
    /// </summary>
    private Answer WithCaveats(Answer answer, Deal deal)
    {
        var (lines, sources) = _caveats[deal.Id];
        return answer with
        {
            Assumptions = [.. answer.Assumptions, .. lines],
            Sources = [.. answer.Sources, .. sources.Where(s => !answer.Sources.Contains(s))],
        };
    }

    private static (string[] Lines, Source[] Sources) Caveats(Deal deal, DealCatalog catalog)
    {
        const int caveatsShown = 2;
        var caveats = deal.Caveats.Take(caveatsShown).ToList();
        var lines = caveats.Select(c => "Caveat: " + c.Text).ToList();
        if (deal.ReportedTotalsUsd.Count > 0)
        {
            lines.Add("Reported totals: " + string.Join("; ", deal.ReportedTotalsUsd.Select(t => t.Note ?? Text.QuantityFormat.Usd(t.Value))));
        }

        var sources = caveats.Select(c => c.SourceId).Concat(deal.ReportedTotalsUsd.Select(t => t.SourceId)).Distinct().Select(catalog.GetSource);
        return ([.. lines], [.. sources]);
    }

    private Answer Help() => new()
    {
        Understood = true,
        Intent = Intents.Help,
        Headline = AnswerMessages.HelpHeadline,
        Steps =
        [
            "Costs: monthly, yearly, daily, total to term, so far, remaining, between two months, minimum after notice.",
            "Unit costs: per MW-month, per MW-year, per MWh, per kWh, per GPU-hour, per GPU-month, electricity's share.",
            "Scale: energy, homes, how many GPUs the power feeds, FLOPs, time to train a model.",
            "Your own numbers: GPUs × price × time, GPU-hours a budget buys, power × price per MW-month.",
            "What-ifs (\"what if it were 500 MW\"), comparisons (\"compare xai and oracle\"), and follow-ups (\"and per year?\").",
            "Deals I know: " + string.Join(", ", catalog.Deals.Select(d => d.Name)) + ".",
        ],
        Suggestions = AnswerMessages.Examples,
    };

    /// <summary>
    /// "how much does anthropic pay nvidia": no such deal. Says so plainly, lists the deals each named party does have,
    /// and suggests questions about them. Not an answer with a value, so it is not kept as context for a follow-up.
    /// </summary>
    private Answer NoSuchDeal(IReadOnlyList<Party> parties)
    {
        const int dealsListed = 6;
        const int suggestionsShown = 3;
        var names = parties.Select(p => p.CompanyId is { } id ? catalog.GetCompany(id).Name : p.Name).ToArray();
        var steps = new List<string>(parties.Count);
        var suggestions = new List<string>(suggestionsShown);
        var firstDeals = new List<Deal>(parties.Count);
        var others = new List<string>(parties.Count);
        for (var i = 0; i < parties.Count; i++)
        {
            if (parties[i].CompanyId is not { } id)
            {
                steps.Add(Format(AnswerMessages.UnknownPartyFormat, names[i]));
                continue;
            }

            var deals = catalog.Deals.Where(d => string.Equals(d.Buyer, id, StringComparison.OrdinalIgnoreCase) || string.Equals(d.Seller, id, StringComparison.OrdinalIgnoreCase)).ToList();
            if (deals.Count == 0)
            {
                steps.Add(Format(AnswerMessages.PartyWithoutDealsFormat, names[i]));
                continue;
            }

            var listed = string.Join(", ", deals.Take(dealsListed).Select(d => d.Name)) + (deals.Count > dealsListed ? ", …" : ".");
            steps.Add(Format(AnswerMessages.PartyDealsFormat, names[i], listed));
            firstDeals.Add(deals[0]);
            suggestions.Add(Format(AnswerMessages.ExampleTotalFormat, catalog.GetCompany(deals[0].Buyer).Name, catalog.GetCompany(deals[0].Seller).Name));
            if (deals.Count > 1)
            {
                others.Add(Format(AnswerMessages.ExamplePerYearFormat, deals[1].Name));
            }
        }

        if (firstDeals.Count >= 2 && firstDeals[0] != firstDeals[1])
        {
            suggestions.Add(Format(AnswerMessages.ExampleCompareFormat, firstDeals[0].Name, firstDeals[1].Name));
        }

        // Totals of each party's best-known deal first, then a comparison of them, then their other deals.
        suggestions.AddRange(others);
        var headline = names.Length >= 2 ? Format(AnswerMessages.NoSuchDealFormat, names[0], names[1]) : AnswerMessages.NotUnderstood;
        return new Answer
        {
            Understood = false,
            Intent = Intents.Unknown,
            Headline = headline,
            Steps = steps,
            Suggestions = suggestions.Count > 0 ? suggestions.Take(suggestionsShown).ToArray() : AnswerMessages.Examples.Take(4).ToArray(),
        };
    }

    private static string Format(string format, params object[] args) => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args);

    private Answer NotUnderstood(string? problem, IReadOnlyList<string> suggestions) => new()
    {
        Understood = false,
        Intent = Intents.Unknown,
        Headline = problem ?? AnswerMessages.NotUnderstood,
        Steps = ["Deals I know: " + string.Join(", ", catalog.Deals.Take(8).Select(d => d.Name)) + ", …"],
        Suggestions = suggestions.Count > 0 ? suggestions : AnswerMessages.Examples.Take(4).ToArray(),
    };
}
