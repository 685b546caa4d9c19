using DealBot.Core.Catalog;
using DealBot.Core.Quantities;
using DealBot.Core.Queries;
using DealBot.Core.Units;
using DealBot.Core.Answers;
using DealBot.Core.Calculations;
using DealBot.Language.FollowUps;
using DealBot.Language.Intents;
using DealBot.Language.Entities;
using DealBot.Language.Suggestions;
using DealBot.Language.Tokens;
using DealBot.Language.Units;

namespace DealBot.Language;

/// <summary>Turns what was read from a message, and the previous query, into the query to answer.</summary>
internal sealed class QueryBuilder
{
    private readonly IReadOnlyList<string>[] _singleDeals;
    /// <summary>The catalog's default deal, as the one-deal list a query holds.</summary>
    public IReadOnlyList<string> DefaultDeal { get; }
    private readonly string[] _hardwareIds;

    // Per hardware, its all-in power per chip as a fact the user's own arithmetic may use, or null.
    private readonly Term?[] _allIn;
    private readonly Dictionary<string, decimal> _totals;
    private readonly Dictionary<string, YearMonth> _starts;
    private readonly Dictionary<string, int> _termMonths;
    private readonly Dictionary<string, decimal> _powers;
    private readonly Dictionary<string, decimal> _fees;
    private readonly Dictionary<string, Deal> _deals;
    private readonly Dictionary<string, int> _noticeDays;

    // Per deal, the other deals between the same buyer and seller ("Meta–CoreWeave" and "Meta–CoreWeave (2026)").
    private readonly Dictionary<string, string[]> _samePair;

    // Per deal, the hardware its sources name ("per H100" on Colossus is its own GPUs; "if they were GB300s" is not).
    private readonly Dictionary<string, IReadOnlyList<string>> _hardwareOf;

    // Deals known only by a total: a term the user gives can only spread that total.
    private readonly HashSet<string> _termless;

    // Deals with no monthly fee of their own: a longer or shorter term leaves open what happens to their rates.
    private readonly HashSet<string> _lumpSums;
    private readonly Dictionary<string, string> _names;
    private readonly Dictionary<string, (string Buyer, string Seller)> _parties;
    private readonly Dictionary<string, string> _companyNames;
    private readonly DealQuery _help;

    public QueryBuilder(DealCatalog catalog, SuggestionBook suggestions)
    {
        // One-deal lists are made once: most questions name one deal, and answering them should not allocate one.
        _singleDeals = [.. catalog.Deals.Select(d => (IReadOnlyList<string>)[d.Id])];
        DefaultDeal = [catalog.DefaultDeal.Id];
        _hardwareIds = [.. catalog.HardwareList.Select(h => h.Id)];
        _allIn = [.. catalog.HardwareList.Select(h => h.AllInTerm())];
        _totals = catalog.Deals.Where(d => d.TotalValueUsd is not null).ToDictionary(d => d.Id, d => d.TotalValueUsd!.Value);
        _termMonths = catalog.Deals.Where(d => d.TermYears is { } years && decimal.IsInteger(years.Value * 12m)).ToDictionary(d => d.Id, d => (int)(d.TermYears!.Value * 12m));
        _starts = catalog.Deals.Where(d => d.Start is not null).ToDictionary(d => d.Id, d => d.Start!.Value);
        _powers = catalog.Deals.Where(d => d.PowerMw is not null).ToDictionary(d => d.Id, d => d.PowerMw!.Value);
        _fees = catalog.Deals.Where(d => d.MonthlyFeeUsd is not null).ToDictionary(d => d.Id, d => d.MonthlyFeeUsd!.Value);
        _deals = catalog.Deals.ToDictionary(d => d.Id);
        _noticeDays = catalog.Deals.Where(d => d.NoticeDays is not null).ToDictionary(d => d.Id, d => d.NoticeDays!.Value);
        _names = catalog.Deals.ToDictionary(d => d.Id, d => d.Name);
        _parties = catalog.Deals.ToDictionary(d => d.Id, d => (d.Buyer, d.Seller));
        _companyNames = catalog.Companies.ToDictionary(c => c.Id, c => c.Name);
        _hardwareOf = catalog.Deals.ToDictionary(d => d.Id, d => d.Hardware);
        _termless = [.. catalog.Deals.Where(d => !d.HasRate && d.TotalValueUsd is not null).Select(d => d.Id)];
        _lumpSums = [.. catalog.Deals.Where(d => d.MonthlyFeeUsd is null && d.TotalValueUsd is not null).Select(d => d.Id)];
        _samePair = catalog.Deals.ToDictionary(d => d.Id, d => catalog.Deals.Where(o => o.Id != d.Id && o.Buyer == d.Buyer && o.Seller == d.Seller).Select(o => o.Id).ToArray());
        Suggestions = suggestions;
        _help = new DealQuery { Kind = QueryKind.Help, Suggestions = suggestions.Examples };
    }

    public SuggestionBook Suggestions { get; }

    public DealQuery Unknown(string problem, IReadOnlyList<string>? suggestions = null) =>
        DealQuery.Unknown(problem, suggestions ?? Suggestions.Examples);

    public DealQuery Build(in Reading r, DealQuery? previous)
    {
        if (r.Problem is { } problem)
        {
            return Unknown(problem);
        }

        if (r.Has(Cues.Help) && !r.HasSubstance)
        {
            return _help;
        }

        if (r.Has(Cues.Thanks) && !r.HasSubstance)
        {
            return Unknown(LanguageMessages.Thanks);
        }

        if (r.MissingDeal is { } parties)
        {
            return new DealQuery { Kind = QueryKind.NoSuchDeal, Parties = parties, Suggestions = Suggestions.Examples };
        }

        // "which deal is the cheapest per MW" would be answered with the default deal alone, which misleads.
        if (r.Has(Cues.Ranking) && r.Deals.Count == 0 && previous is not { Kind: QueryKind.Compare })
        {
            return Unknown(LanguageMessages.CannotRank);
        }

        if (r.Deals.Count == 0 && r.Correction is { } correction)
        {
            return Unknown(LanguageMessages.WhichDeal, correction);
        }

        if (r.Deals.Count == 0 && !r.Has(Cues.Compare)
            && ComputeQueries.TryBuild(r, previous, HardwareId(r.Parameters.Hardware)) is { } compute)
        {
            // "at 70% utilisation" beside a rental or a power bill: whether idle hours are paid is not said, and only
            // training time and FLOPs use a utilisation.
            return compute.Utilisation is not null && compute.Measure is not (Measure.FlopsPerMonth or Measure.TimeToTrain)
                ? Unknown(LanguageMessages.PartNotUsed)
                : compute;
        }

        var follow = new FollowUpMerger(previous);
        // "if it ran 2 years", "ended 6 months early": the length is the change, not a window to total over.
        var named = r.Window ?? (r.Changes is { TermMonths: null, EndShiftMonths: null } or null ? DurationWindow(r.Parameters) : null);

        // "for 2 years starting jan 2027": a length placed by its first month.
        if (r.Window is { Kind: WindowKind.Between, From: { } first, To: null } && r.Changes is null && DurationWindow(r.Parameters) is { Months: { } months, Days: null })
        {
            named = new Window(WindowKind.Between, first, first.AddMonths(months - 1));
        }
        if (!IsAboutDeals(r, follow, named is not null))
        {
            return Unknown(r.Has(Cues.DealTalk) ? LanguageMessages.WhichDeal : LanguageMessages.NotUnderstood);
        }

        var kind = follow.KindFor(r);
        // "meta coreweave combined total", "both meta coreweave deals": the pair's deals added up.
        // "compare both meta coreweave deals": the pair, not the default deal beside one of them.
        var pair = r.Deals.Count == 1 ? _samePair[_singleDeals[r.Deals[0]][0]] : [];
        var pairAdded = pair.Length > 0
            && ((kind == QueryKind.Deal && (r.Qualifier is Qualifier.Adds or Qualifier.AddsDeals || r.BothSaid))
                || (kind == QueryKind.Compare && (r.BothSaid || r.DealsPlural)));
        kind = pairAdded ? QueryKind.Compare : kind;
        // "xai first year" then "second year?" then "total of both?": two figures of one deal, which no query adds up.
        if (r.BothSaid && r.Deals.Count == 0 && kind != QueryKind.Compare && !r.IsWhatIf)
        {
            return Unknown(LanguageMessages.BothWhich);
        }

        var deals = pairAdded ? [.. _singleDeals[r.Deals[0]].Concat(pair)] : DealsFor(kind, r, follow);
        if (kind == QueryKind.Compare && deals.Count < 2)
        {
            return Unknown(LanguageMessages.WhichDeals);
        }

        // "if xai's fee rose 10%, how much more than google?": which deal changes and which it is set against is more
        // than a what-if of one deal says.
        if (kind == QueryKind.WhatIf && r.Deals.Count >= 2)
        {
            return Unknown(LanguageMessages.WhatIfAgainstAnother);
        }

        // "what does google pay anthropic": in that deal the money goes the other way, so its price answers something else.
        if (r.Payment is var (payer, payee) && deals.Count == 1 && _parties[deals[0]] == (payee, payer))
        {
            return Unknown(string.Format(System.Globalization.CultureInfo.InvariantCulture, LanguageMessages.PaysOtherWayFormat, _names[deals[0]],
                _companyNames[payee], _companyNames[payer]));
        }

        // "the newer meta coreweave deal": the catalog has no dates to order a pair's deals by, so which is meant is unsure.
        if (r.OrdinalSaid && deals.Count == 1 && _samePair.TryGetValue(deals[0], out var others) && others.Length > 0)
        {
            return Unknown(string.Format(System.Globalization.CultureInfo.InvariantCulture, LanguageMessages.WhichOfPairFormat,
                string.Join(", ", others.Prepend(deals[0]).Select(id => _names[id])), _names[others[^1]]));
        }

        var measure = follow.MeasureFor(r, named);
        // "xai fee for 18 months", "the xai quarterly fee": the fee over that length, not one month's.
        if (measure == Measure.MonthlyCost && named is { Kind: WindowKind.ForDuration } && r.Changes is null && r.AskedRate == Units.RateUnit.None)
        {
            measure = Measure.Total;
        }

        if (follow.DropsPerThing(r, measure))
        {
            return Unknown(LanguageMessages.PerThingPeriod);
        }

        // "how many GPUs…" then "what does each cost per hour?": each GPU.
        if (r.EachSaid)
        {
            measure = measure switch
            {
                Measure.HourlyCost => Measure.PerGpuHour,
                Measure.MonthlyCost => Measure.PerGpuMonth,
                Measure.YearlyCost => Measure.PerGpuYear,
                _ => measure,
            };
        }

        // "colossus $ per MW per month" then "same rate for 750 MW?": the price kept for a new size asks what the size
        // costs over the price's period; the price itself would only repeat.
        if (kind == QueryKind.WhatIf && !r.MeasureNamed && r.FeeWithSize > 0 && r.Changes is { Resizes: true, MonthlyFee: null, FeeFactor: null }
            && previous?.Measure is Measure.PerMwMonth or Measure.PerMwYear or Measure.PerGpuMonth or Measure.PerGpuYear or Measure.PerGpuHour)
        {
            measure = previous.Measure switch
            {
                Measure.PerMwYear or Measure.PerGpuYear => Measure.YearlyCost,
                Measure.PerGpuHour => Measure.HourlyCost,
                _ => Measure.MonthlyCost,
            };
        }

        // "if anthropic's azure commitment ran 4 years": a deal known only by its total has no fee to keep for 4 years.
        // A term typed for a deal known only by its total spreads it over time; its GPUs and power may cover other
        // sites than the total does, so only the cost over time is read that way.
        var spreadsTotal = r.Changes is { TermMonths: not null } && deals.Count == 1
            && (r.Changes.TotalKept || (_termless.Contains(deals[0]) && (measure == Measure.Summary || IsCostOverTime(measure))));

        // "if the same total ran 5 years": the total is what stays; what it changes is the fee, per the period asked before.
        if (spreadsTotal && measure is Measure.Total or Measure.Summary)
        {
            measure = previous is { Measure: var before and not Measure.Total } && IsCostOverTime(before) ? before : Measure.MonthlyCost;
        }

        // "if it ran 10 years at the same yearly rate, total?": a change of the timeline leaves every rate as it was, so
        // what such a what-if can change is the total. Spreading a total over a new term changes the rates instead. A
        // lump sum has no rate of its own to keep: "meta coreweave extended by 2 years, monthly fee?" is open.
        if (kind == QueryKind.WhatIf && !spreadsTotal && r.Changes is { MonthlyFee: null, FeeFactor: null, Total: null, Resizes: false }
            && (IsCostOverTime(measure) || measure == Measure.Summary))
        {
            // "meta nebius total" then "what if it ran 2 more years?": the same total, or the same rate for longer.
            if (deals.Count == 1 && _lumpSums.Contains(deals[0]) && !r.RateKept && (r.Changes.TermMonths is not null || r.Changes.EndShiftMonths is not null || r.Changes.End is not null))
            {
                return Unknown(LanguageMessages.LumpSumTerm);
            }

            measure = measure == Measure.Summary ? measure : Measure.Total;
        }

        // "when does it end?" then "is this bigger than the oracle deal?": a comparison names its own basis; a date or
        // a text kept from before is no basis, so deals are compared by what they cost in total.
        if (kind == QueryKind.Compare && !r.MeasureNamed
            && measure is Measure.End or Measure.Start or Measure.Termination or Measure.Hardware or Measure.Parties)
        {
            measure = Measure.Total;
        }

        // "if the ramp were billed at full rate, total?", "what if the fee goes up next year": a condition with words no
        // reader understood, or a move by no amount, is a scenario the answer would silently drop.
        // "total if so?", "in that case?": a condition of the message before, which a deal question does not carry.
        if ((r.Has(Cues.If) || r.ConditionBack) && kind == QueryKind.Deal && (r.UnknownWords > 0 || r.Moves || r.ConditionBack) && r.Changes is null && !r.NoticeNamed
            && measure is not (Measure.MinimumCommitment or Measure.Termination))
        {
            return Unknown(LanguageMessages.ScenarioNotUnderstood);
        }

        // "xai total excluding 2026", "average per month over the term": the figure without the qualifier would answer.
        if (QualifierProblem(r, kind, measure, pairAdded || follow.ContrastsEarlier(r), follow.Follows) is { } qualified)
        {
            return Unknown(qualified);
        }

        // "say they doubled the MW, per year?": a change by a factor would be silently dropped.
        if (r.Multiplies)
        {
            return Unknown(LanguageMessages.ScenarioNotUnderstood);
        }
        // "if the cerebras deal is really the $20B number", "if the oracle deal were $360b": an amount with no "a month" and
        // at least half the deal's total is a new total; as a monthly fee it would make the deal many times its size.
        var asBigAsTheDeal = kind == QueryKind.WhatIf && r.Parameters.Budget is not null && r.Changes?.MonthlyFee is { } newFee
            && deals.Count == 1 && _totals.TryGetValue(deals[0], out var total) && newFee.Usd * 2m > total;
        var newTotal = asBigAsTheDeal && !r.FeeSaid && named is null;

        // "if openai's aws deal was $50b, monthly?", "if it were 15b over the same 3 yrs": a fee, a month or a length said
        // beside it leaves the readings open.
        if (asBigAsTheDeal && !newTotal)
        {
            return Unknown(LanguageMessages.LumpSumOrFee);
        }

        // "what if colossus was 2 billion instead": with no period and no fee named, a new fee or a new total alike; for a
        // deal known by its total ("what if only the $12b dedicated part happens") even after a rate was asked.
        if (!newTotal && kind == QueryKind.WhatIf && r.Parameters.Budget is not null && r.Changes?.MonthlyFee is not null && !r.FeeSaid
            && (previous?.Measure is not (Measure.MonthlyCost or Measure.YearlyCost) || (deals.Count == 1 && _lumpSums.Contains(deals[0]))))
        {
            return Unknown(LanguageMessages.FeeOrTotal);
        }

        // "if all of colossus's gpus were gb300s, how many mw": other hardware named beside a measure that never uses it.
        if (r.Parameters.Hardware >= 0 && kind is QueryKind.Deal or QueryKind.WhatIf && deals.Count == 1
            && _hardwareOf.TryGetValue(deals[0], out var own) && own.Count > 0 && !own.Contains(_hardwareIds[r.Parameters.Hardware])
            && measure is not (Measure.GpusForPower or Measure.FlopsPerMonth or Measure.TimeToTrain or Measure.Hardware))
        {
            return Unknown(LanguageMessages.HardwareNotUsed);
        }

        // "h100 all-in kw per gpu", "b200 flops": a chip asked about with no deal is no question about the default deal.
        if (r.Parameters.Hardware >= 0 && kind == QueryKind.Deal && deals.Count == 0 && follow.PreviousDeals.Count == 0
            && r.Parameters is { GpuCount: null, PricePerGpuHour: null, Power: null, AtPrice: null }
            && measure is not (Measure.GpusForPower or Measure.TimeToTrain or Measure.Hardware))
        {
            return Unknown(LanguageMessages.ChipAlone);
        }

        // "how many h100s are in colossus": a fleet of several models, whose count no source splits by model; "how many tpus
        // does anthropic get" of a deal with no TPUs.
        if (measure == Measure.GpuCount && kind == QueryKind.Deal && deals.Count == 1 && _hardwareOf.TryGetValue(deals[0], out var fleet)
            && ((r.Parameters.Hardware >= 0 && fleet.Count > 1) || (r.ChipFamily is { } family && fleet.Count > 0 && !fleet.Any(h => h.StartsWith(family, StringComparison.Ordinal)))))
        {
            return Unknown(LanguageMessages.CountOfModel);
        }

        // "the 200b spread over 4 years": the deal's own total, restated.
        // "what if it started in jan 2027, when would it end?": whether the end moves with the start is not said, and the
        // two readings differ wherever the window reaches the end.
        if (r.Changes is { Start: not null, End: null, TermMonths: null, EndShiftMonths: null } && !r.EndKept
            && !(r.LengthKept && deals.Count == 1 && _starts.ContainsKey(deals[0])) && r.Window is not { Kind: WindowKind.Between })
        {
            return Unknown(LanguageMessages.StartMoveOpen);
        }

        var quoted = spreadsTotal && r.Parameters.Budget is { } restatedTotal && _totals.TryGetValue(deals[0], out var ownTotal)
            && Math.Abs(restatedTotal.Usd - ownTotal) <= ownTotal * 0.005m ? restatedTotal : Quoted(r.Parameters, kind);

        // "say it dropped to 1b at some point in 2028": an amount beside a verb of change is a change not understood.
        // "when does anthropic hit 20b paid", "by which month will they have paid 30 billion", "how long would it take google to
        // pay 10b": an amount beside a question of time is no check but a question no date or total of the deal answers.
        if (quoted is not null && (r.ChangeVerb || r.WhenAsked))
        {
            return Unknown(r.ChangeVerb ? LanguageMessages.ScenarioNotUnderstood : LanguageMessages.QuotedNotUsed);
        }

        // "if anthropic gave notice today, when would the deal end": a date, which what is owed after notice does not give.
        if (measure == Measure.MinimumCommitment && r.WhenAsked)
        {
            return Unknown(LanguageMessages.NoticeEnd);
        }

        // "if xai only used 60% of its 300 MW": the deal's own power, restated.
        var restated = deals.Count == 1 && r.Parameters.Power is { } said && IsOwnPower(deals[0], said.Megawatts);
        // "how long at $1B/month to reach the xai total": a new fee moves no date, so the end it would give answers nothing asked.
        var feeOnly = r.Changes is { End: null, Start: null, TermMonths: null, EndShiftMonths: null } changed
            && (changed.MonthlyFee is not null || changed.Total is not null || changed.FeeFactor is not null);
        if (kind == QueryKind.WhatIf && measure is Measure.End or Measure.Start && feeOnly)
        {
            return Unknown(LanguageMessages.FeeMovesNoDate);
        }

        if (Unused(r.Parameters, kind, measure, quoted, r.Changes, restated, r.UsageSaid) is { } unused)
        {
            return Unknown(unused);
        }

        // "is it really over $40B?": the figure is checked against the total, not used in it.
        measure = quoted is not null && measure == Measure.Summary ? Measure.Total : measure;

        var p = r.Parameters;
        var changes = kind == QueryKind.WhatIf ? follow.ChangesFor(r, deals) : null;
        changes = spreadsTotal && changes is { TotalKept: false } ? changes with { TotalKept = true } : changes;
        changes = newTotal && changes is { MonthlyFee: { } asTotal } ? changes with { MonthlyFee = null, Total = asTotal } : changes;

        // "oracle total if extended by 2 years at the same monthly fee": a lump sum with no end month has only its term to
        // lengthen, at the monthly share it bills.
        if (r.RateKept && changes is { EndShiftMonths: { } shift, TermMonths: null, End: null } && _lumpSums.Contains(deals[0])
            && !_starts.ContainsKey(deals[0]) && _termMonths.TryGetValue(deals[0], out var term) && term + shift > 0)
        {
            changes = changes with { TermMonths = term + shift, EndShiftMonths = null };
        }

        // "if it started in sep 2026 with the same length": the end moves as far as the start.
        if (r.LengthKept && changes is { Start: { } moved, End: null, TermMonths: null, EndShiftMonths: null } && _starts.TryGetValue(deals[0], out var started))
        {
            changes = changes with { EndShiftMonths = started.MonthsUntil(moved) };
        }

        // "what if xai were 500 MW, per year?": more capacity at the deal's own rate; "…, per MW" keeps the fee and asks
        // what each MW would then cost.
        if (changes is { MonthlyFee: null, FeeFactor: null, FeeScales: false } && changes.Resizes
            && measure is Measure.Total or Measure.MonthlyCost or Measure.YearlyCost or Measure.DailyCost or Measure.HourlyCost
                or Measure.WeeklyCost or Measure.MinimumCommitment)
        {
            // "what if colossus shrank to 200 MW, cost a month?": the same fee or the same $/MW are both fair readings.
            if (r.FeeWithSize == 0)
            {
                return Unknown(LanguageMessages.ResizeFee);
            }

            changes = r.FeeWithSize > 0 ? changes with { FeeScales = true } : changes;
        }

        // "if the fee were cut to $1B from jul 2027, total?": the new fee from that month, the catalog's before it, over the
        // window asked before or the term. Only totals over calendar months can bill two fees.
        if (changes is { } feeChange && (feeChange.MonthlyFee is not null || feeChange.FeeFactor is not null)
            && (r.Window is { Kind: WindowKind.Between, From: not null, To: null } || r.PartWay))
        {
            if (r.PartWay || measure != Measure.Total)
            {
                return Unknown(LanguageMessages.FeeFromMonth);
            }

            (changes, named) = (changes with { FeeFrom = r.Window!.From }, null);
        }

        // "colossus flops over the full term", "electricity cost in 2027": figures of a month or a year, not sums over months.
        // "xai energy over the remaining term": the term's energy is the whole term's.
        if ((r.Window is not null && measure is Measure.FlopsPerMonth or Measure.ElectricityBill or Measure.EnergyPerMonth or Measure.EnergyPerYear)
            || (r.Window is { Kind: not WindowKind.ToTerm } && measure == Measure.EnergyOverTerm))
        {
            return Unknown(LanguageMessages.FlowOverWindow);
        }

        // Cancelling is counted from the notice date, not over a window.
        var window = measure is Measure.MinimumCommitment or Measure.Termination ? null : follow.WindowFor(r, named);
        if (changes?.FeeFrom is not null && (measure != Measure.Total
            || window is { Kind: not (WindowKind.Between or WindowKind.ToTerm) }))
        {
            return Unknown(LanguageMessages.FeeFromMonth);
        }

        // "if xai only used 60% of its 300 MW": a power the deal already has changes nothing.
        if (restated && changes is { Power: not null } && (changes with { Power = null }).IsEmpty && r.Parameters.Utilisation is not null)
        {
            (kind, changes) = (QueryKind.Deal, null);
        }

        var whatIf = kind == QueryKind.WhatIf;
        // "colossus per gpu hour with 325k gpus" then "what about google?": a GPU count or power given for one deal is not another's.
        var sameDeals = previous is null || (previous.DealIds.Count > 0 ? previous.DealIds : DefaultDeal).SequenceEqual(deals.Count > 0 ? deals : DefaultDeal)
            || previous.Kind is QueryKind.Compute or QueryKind.Compose;
        // "per gpu-hour with 325,000 GPUs" then "and per year?": the same price over another period, for the count said.
        var pricedAgain = DealMeasures.IsPerUnitOfCapacity(measure) && previous is { Kind: not QueryKind.Compare } && DealMeasures.IsPerUnitOfCapacity(previous.Measure);
        var countKept = pricedAgain && sameDeals && !whatIf ? previous : null;
        return new DealQuery
        {
            Kind = kind,
            Measure = measure,
            DealIds = deals,
            Window = window,
            NoticeDate = r.NoticeNamed ? r.NoticeDate : follow.Keep(r, null, q => q.NoticeDate),
            // In a what-if a power or GPU count is a change to the deal, not a figure of the question.
            GpuCount = follow.Keep(r, whatIf ? null : p.GpuCount ?? countKept?.GpuCount, q => sameDeals ? q.GpuCount : null),
            Power = follow.Keep(r, whatIf ? null : p.Power ?? countKept?.Power, q => sameDeals ? q.Power : null),
            AcceleratorId = follow.Keep(r, HardwareId(p.Hardware), q => q.AcceleratorId),
            PricePerGpuHour = follow.Keep(r, p.PricePerGpuHour, q => q.PricePerGpuHour),
            // "per year then" after a bill at 7 cents: the bill again, at that price.
            ElectricityPricePerKwh = measure == Measure.ElectricityBill && previous is { Measure: Measure.ElectricityBill } && r.Deals.Count == 0
                ? p.ElectricityPricePerKwh ?? previous.ElectricityPricePerKwh
                : follow.Keep(r, p.ElectricityPricePerKwh, q => q.ElectricityPricePerKwh),
            TrainingFlops = follow.Keep(r, p.TrainingFlops, q => q.TrainingFlops),
            // "20% lower" is the fee's change, not a share of capacity used.
            // "at 75% util" then "and per gpu-year?": a price per GPU asked over another period keeps the utilisation.
            Utilisation = pricedAgain && p.Utilisation is null
                ? previous!.Utilisation
                : follow.Keep(r, r.Changes?.FeeFactor is not null && !p.UtilisationSaid ? null : p.Utilisation, q => q.Utilisation),
            Changes = changes,
            ScenarioCarried = whatIf && r.Changes is null,
            QuotedAmount = quoted,
            EarlierDealIds = kind == QueryKind.Deal && r.Deals.Count > 0 ? Earlier(previous, deals, measure, window) : [],
        };
    }

    /// <summary>
    /// "xai per year" then "and google xai?": the same figure asked of other deals, so the deals asked before stay in view
    /// for a "difference?" next. Anything else asked starts afresh.
    /// </summary>
    private IReadOnlyList<string> Earlier(DealQuery? previous, IReadOnlyList<string> deals, Measure measure, Window? window)
    {
        if (previous is not { Kind: QueryKind.Deal } || previous.Measure != measure || previous.Window != window || previous.Changes is not null)
        {
            return [];
        }

        var before = previous.DealIds.Count > 0 ? previous.DealIds : DefaultDeal;
        return before.SequenceEqual(deals) ? [] : [.. previous.EarlierDealIds.Concat(before).Distinct().Except(deals)];
    }

    /// <summary>A deal known only by its total, with no fee and no term to spread it over.</summary>
    public bool KnownOnlyByTotal(int deal) => _termless.Contains(_singleDeals[deal][0]);

    /// <summary>"its 300 MW": an amount that only restates the one deal's own power.</summary>
    public bool RestatesPower(DealQuery query, Term term) =>
        query.DealIds.Count == 1 && term.Quantity.In(Prelude.Megawatt) is { } mw && IsOwnPower(query.DealIds[0], mw.Value);

    /// <summary>
    /// "how many months does anthropic pay the full $1.25B rate": an amount said as the one deal's fee and equal to it
    /// names the fee, it is no amount to divide by it.
    /// </summary>
    public bool RestatesFee(DealQuery query, Term term, bool saidAsFee) =>
        (query.DealIds.Count == 1 ? query.DealIds[0] : query.DealIds.Count == 0 ? DefaultDeal[0] : null) is { } deal
        && _fees.TryGetValue(deal, out var fee)
        && (term.Quantity.In(UsdPerMonth) ?? (saidAsFee ? term.Quantity.In(Prelude.Usd) : null)) is { } said
        && Math.Abs(said.Value - fee) <= fee * 0.005m;

    private static readonly Unit UsdPerMonth = Prelude.Usd.Per(Prelude.Month);

    /// <summary>
    /// "if xai cost the same per MW as oracle": the one deal's size the other's rate applies to, as an amount the user
    /// might have typed (sourced), or null when the catalog has no such size.
    /// </summary>
    public Term? SizeOf(string dealId, Dimension per)
    {
        var deal = _deals[dealId];
        var (fact, unit) = per == Dimension.Power ? (deal.PowerMw, Prelude.Megawatt) : per == Dimension.Gpu ? (deal.Gpus, Prelude.Gpu) : (null, null);
        return fact is null || unit is null ? null
            : new Term($"{deal.Name}'s {Core.Text.UnitFormat.Format(fact.Value, unit)}", Core.Units.Quantity.Of(fact.Value, unit)) { Given = true, SourceIds = [fact.SourceId] };
    }

    /// <summary>"if anthropic gives 90 days notice": a length that only restates the one deal's own notice.</summary>
    public bool RestatesNotice(DealQuery query, Term term) =>
        (query.DealIds.Count == 1 ? query.DealIds[0] : query.DealIds.Count == 0 ? DefaultDeal[0] : null) is { } deal
        && _noticeDays.TryGetValue(deal, out var days) && term.Quantity.In(Prelude.Day) is { } given && given.Value == days;

    private bool IsOwnPower(string dealId, decimal megawatts) => _powers.TryGetValue(dealId, out var own) && megawatts == own;

    /// <summary>"for 18 months", "180 days of the lease": a length of billing at the full fee.</summary>
    private static Window? DurationWindow(in Parameters p) =>
        p.DurationMonths is not null || p.DurationDays is not null ? Window.OfLength(WindowKind.ForDuration, p.DurationMonths, p.DurationDays) : null;

    /// <summary>A bare amount in a question about a catalog deal is a figure the user heard and wants checked.</summary>
    private static Money? Quoted(in Parameters p, QueryKind kind) =>
        kind is QueryKind.Deal or QueryKind.Compare && p.AtPrice is null && p.PricePerMwMonth is null && p.MonthlyFee is null ? p.Budget : null;

    /// <summary>
    /// A new conversation must name a deal or ask something a deal answers, in words the parser knows:
    /// "total?" means the default deal, "how much does it cost to rent a car" means no deal at all.
    /// A follow-up may say as little as "at 50% utilisation?".
    /// </summary>
    private static bool IsAboutDeals(in Reading r, in FollowUpMerger follow, bool hasWindow)
    {
        if (r.Deals.Count > 0)
        {
            return true;
        }

        if (follow.Follows)
        {
            // "which is cheapest?" after a comparison shows it again: it lists each deal's figure.
            return r.HasSubstance || r.Has(Cues.Compare | Cues.Original) || (r.Has(Cues.Ranking) && follow.PreviousDeals.Count > 1)
                || follow.ContrastsEarlier(r);
        }

        return r.UnknownWords == 0 && (r.MeasureNamed || hasWindow || r.IsWhatIf || r.Has(Cues.Compare));
    }

    /// <summary>
    /// Why a qualifier no reader took keeps the deal's figure from answering, or null. "runs at 70% load on average" is a
    /// utilisation, which the answer uses; a comparison or a what-if reads its own "more", "bigger" and "lower".
    /// </summary>
    private static string? QualifierProblem(in Reading r, QueryKind kind, Measure measure, bool dealsAdded, bool follows) => kind is QueryKind.Deal or QueryKind.WhatIf or QueryKind.Compare
        ? r.Qualifier switch
        {
            Qualifier.Excludes => LanguageMessages.PartLeftOut,
            Qualifier.Averages when r.Parameters.Utilisation is null => LanguageMessages.Average,
            Qualifier.Compares when kind == QueryKind.Deal => LanguageMessages.CompareFollowUp,
            Qualifier.PicksFigure when kind == QueryKind.Deal => LanguageMessages.OtherFigure,
            // "what % of oracle's deal is xai's" sets two deals' figures against each other, which a comparison does.
            Qualifier.Shares when measure != Measure.ElectricityShare && !(kind == QueryKind.Compare && r.Deals.Count == 2) => LanguageMessages.ShareOfFigure,
            // Deals named are added by a comparison ("sum of xai and oracle per year", "combined MW of openai nvidia, openai amd
            // and openai broadcom"); a company's deals not each named are not.
            Qualifier.Adds when kind == QueryKind.Compare && r.Deals.Count < 2 && !dealsAdded => LanguageMessages.DealsAddedUp,
            Qualifier.AddsDeals when r.Deals.Count < 2 && !dealsAdded => LanguageMessages.DealsAddedUp,
            // "xai q3 2027", "and q4?", then "sum?": two answers of one deal, which no query adds up.
            Qualifier.Adds when kind == QueryKind.Deal && r.Deals.Count == 0 && follows => LanguageMessages.BothWhich,
            _ => null,
        }
        : null;

    /// <summary>Numbers a deal question cannot use ("…is worth $1 trillion") mean it was misread: better to say so.</summary>
    private static string? Unused(in Parameters p, QueryKind kind, Measure measure, Money? quoted, DealChanges? changes, bool powerRestated,
        bool usageSaid)
    {
        if (p.TrainingFlopsBare && measure != Measure.TimeToTrain)
        {
            return LanguageMessages.TooLarge;
        }

        // "1e25 FLOP in petaflop-days": an amount of work is used only by a training time; a deal's FLOP would answer instead.
        if (p.TrainingFlops is not null && measure != Measure.TimeToTrain)
        {
            return LanguageMessages.FlopAmountUnused;
        }

        var fee = p.MonthlyFee is not null && kind != QueryKind.WhatIf;
        // "what if it was $1B instead?": in a what-if an amount of money is the new fee ("the total were $50B": the new total).
        var newFee = kind == QueryKind.WhatIf && (changes?.MonthlyFee is not null || changes?.Total is not null);
        var unused = fee || (p.Budget is not null && quoted is null && !newFee) || p.AtPrice is not null || p.PricePerMwMonth is not null;
        if (unused)
        {
            return LanguageMessages.NotUnderstood;
        }

        // "if the fee escalated 4% a year, total?", "what if it ran 10 years, when does it end?": a percentage or a
        // length the measure has no place for would be silently dropped, and the answer would be a neighbour's.
        // "homes at 80% load", "electricity bill at 70% load": the energy drawn scales with the load.
        var utilisationUnused = p.Utilisation is not null && measure is not (Measure.FlopsPerMonth or Measure.TimeToTrain)
            && !(usageSaid && (DealMeasures.IsPerUnitOfCapacity(measure) || measure is Measure.Homes or Measure.EnergyPerMonth or Measure.EnergyPerYear or Measure.EnergyOverTerm
                or Measure.ElectricityBill or Measure.ElectricityShare)) && !(kind == QueryKind.WhatIf && changes?.FeeFactor is not null);

        // "at oracle's $/MW-year what would 300 MW cost": a power is used by scale measures and what-ifs, never by a price.
        var powerUnused = p.Power is not null && !powerRestated && kind == QueryKind.Deal
            && measure is not (Measure.ElectricityBill or Measure.ElectricityShare) && DealMeasures.UnitOf(measure)?.ToUnit()?.Dimension[BaseDimension.Money] == 1;
        // "what if the oracle deal were 10% cheaper and 6 years, per year": in a what-if a length no change took is no
        // window of a rate either.
        var lengthUnused = (p.DurationMonths is not null || p.DurationDays is not null)
            && (kind == QueryKind.Deal || (kind == QueryKind.WhatIf && changes is { TermMonths: null, EndShiftMonths: null, End: null, MonthlyFee: null, Total: null }))
            && measure is not (Measure.Total or Measure.Summary or Measure.EnergyOverTerm or Measure.MinimumCommitment);
        return utilisationUnused || lengthUnused || powerUnused ? LanguageMessages.PartNotUsed : null;
    }

    /// <summary>
    /// The deals named; else, following up, the previous ones. A comparison that names fewer than two compares
    /// them with the deals already in view, or with the default deal ("how does it compare with oracle").
    /// </summary>
    private IReadOnlyList<string> DealsFor(QueryKind kind, in Reading r, in FollowUpMerger follow)
    {
        if (kind == QueryKind.Compare && follow.ContrastsEarlier(r))
        {
            return follow.EarlierAndPrevious;
        }

        if (kind == QueryKind.Compare && r.Deals.Count < 2)
        {
            var prior = follow.PreviousDeals.Count > 0 ? follow.PreviousDeals : DefaultDeal;
            var ids = new List<string>(prior.Count + r.Deals.Count);
            ids.AddRange(prior);
            for (var i = 0; i < r.Deals.Count; i++)
            {
                var id = _singleDeals[r.Deals[i]][0];
                if (!ids.Contains(id))
                {
                    ids.Add(id);
                }
            }

            return ids;
        }

        if (r.Deals.Count == 1)
        {
            return _singleDeals[r.Deals[0]];
        }

        if (r.Deals.Count > 1)
        {
            var ids = new string[r.Deals.Count];
            for (var i = 0; i < ids.Length; i++)
            {
                ids[i] = _singleDeals[r.Deals[i]][0];
            }

            return ids;
        }

        return follow.PreviousDeals;
    }

    private static bool IsCostOverTime(Measure measure) =>
        measure is Measure.Total or Measure.MonthlyCost or Measure.YearlyCost or Measure.DailyCost or Measure.HourlyCost or Measure.WeeklyCost;

    private string? HardwareId(int index) => index >= 0 ? _hardwareIds[index] : null;

    /// <summary>
    /// The chip a question names, with its all-in power as a fact ("10,000 H100s in MW"): one chip only, since two would
    /// leave open which GPUs draw what. Null when none, several, or no source gives the chip's power.
    /// </summary>
    public (string Id, Term AllIn)? NamedChip(ref Sentence s)
    {
        var index = -1;
        for (var i = 0; i < s.Count; i++)
        {
            if (s.IsFree(i) && s.Tokens[i].Entity.Kind == EntityKind.Hardware)
            {
                if (index >= 0 && index != s.Tokens[i].Entity.Index)
                {
                    return null;
                }

                index = s.Tokens[i].Entity.Index;
            }
        }

        return index >= 0 && _allIn[index] is { } allIn ? (_hardwareIds[index], allIn) : null;
    }
}
