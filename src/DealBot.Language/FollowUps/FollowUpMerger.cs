using DealBot.Core.Calculations;
using DealBot.Core.Quantities;
using DealBot.Core.Queries;
using DealBot.Language.Units;

namespace DealBot.Language.FollowUps;

/// <summary>
/// Reads a message in the light of the previous query. What the message names replaces what came before;
/// what it leaves out is kept: "and per year?" keeps the deals, "and oracle?" keeps the measure and window,
/// "make it 500 MW" keeps both. A message that names both a deal and a measure is a new question.
/// </summary>
internal readonly struct FollowUpMerger
{
    private readonly DealQuery? _previous;

    public FollowUpMerger(DealQuery? previous)
    {
        _previous = previous is { Kind: QueryKind.Deal or QueryKind.WhatIf or QueryKind.Compare } ? previous : null;
    }

    /// <summary>Whether there is a previous deal question to follow up.</summary>
    public bool Follows => _previous is not null;

    public IReadOnlyList<string> PreviousDeals => _previous?.DealIds ?? [];

    /// <summary>
    /// "xai per year", "and google xai?", then "difference?" or "both together?": no deal named, and the turns before asked
    /// the same question of other deals, which the message sets against the last one.
    /// </summary>
    public bool ContrastsEarlier(in Reading r) => r.Deals.Count == 0 && _previous is { Kind: QueryKind.Deal, EarlierDealIds.Count: > 0 }
        && (r.Has(Intents.Cues.Compare | Intents.Cues.Ranking) || r.Qualifier is Intents.Qualifier.Adds or Intents.Qualifier.Compares || r.BothSaid);

    /// <summary>The deals of <see cref="ContrastsEarlier"/>: those asked before, then the last one.</summary>
    public IReadOnlyList<string> EarlierAndPrevious => [.. _previous!.EarlierDealIds.Concat(_previous.DealIds).Distinct()];

    /// <summary>A previous compare or what-if stays one unless the message is a whole new question.</summary>
    public QueryKind KindFor(in Reading r)
    {
        if (r.IsWhatIf)
        {
            return QueryKind.WhatIf;
        }

        if (r.Has(Intents.Cues.Compare) || ContrastsEarlier(r) || ((r.OverBack || r.PlusBack) && r.Deals.Count == 1 && _previous is { Kind: QueryKind.Deal }))
        {
            return QueryKind.Compare;
        }

        // "and the original?" leaves a what-if; "what about google xai?" applies the scenario to that deal
        // (the answer names the scenario and how to leave it).
        var leavesWhatIf = _previous is { Kind: QueryKind.WhatIf } && (r.Has(Intents.Cues.Original)
            || (r.Undone != WhatIf.ChangeParts.None && r.Changes is null && Kept(_previous.Changes, r.Undone) is null));
        var newQuestion = (r.Deals.Count > 0 && r.MeasureNamed) || leavesWhatIf;
        if (_previous is { Kind: QueryKind.Compare or QueryKind.WhatIf } && !newQuestion)
        {
            return _previous.Kind;
        }

        return r.Deals.Count >= 2 ? QueryKind.Compare : QueryKind.Deal;
    }

    /// <summary>Whether values the message leaves out come from the previous query: only when it asks the same measure.</summary>
    public bool Inherits(in Reading r) => _previous is not null && !r.MeasureNamed;

    /// <summary>
    /// "per gpu hour" then "per day?": a price per GPU or per MW asked again over a period no measure keeps per that thing,
    /// which the deal's cost per day would silently answer.
    /// </summary>
    public bool DropsPerThing(in Reading r, Measure measure) =>
        PricedPerThing && r.MeasureNamed && !r.Has(Intents.Cues.DealTalk) && r.Deals.Count == 0
        && measure is Measure.HourlyCost or Measure.DailyCost or Measure.WeeklyCost or Measure.MonthlyCost or Measure.YearlyCost;

    /// <summary>The previous answer was a price per GPU, per MW or per unit of energy, outside a comparison.</summary>
    private bool PricedPerThing => _previous is { Kind: not QueryKind.Compare } && DealMeasures.IsPerUnitOfCapacity(_previous.Measure);

    public Measure MeasureFor(in Reading r, Window? window)
    {
        var hasWindow = window is not null;
        // "xai homes" then "what if the power were 400 MW?": "power" names what changes, and the homes are still asked.
        // "xai per year", "and oracle?", then "sum?": the figures asked, added up, not the deals' totals.
        if ((r.MeasureNamed && _previous is not null && r.Deals.Count == 0 && NamesOnlyTheChange(r)) || (ContrastsEarlier(r) && r.SumOnly))
        {
            return _previous!.Measure;
        }

        if (r.MeasureNamed)
        {
            // "and per year?" after an energy question asks for energy per year, not the yearly fee.
            var bare = !r.Has(Intents.Cues.DealTalk) && r.Deals.Count == 0;
            var energy = _previous?.Measure is Measure.EnergyPerMonth or Measure.EnergyPerYear or Measure.EnergyOverTerm && bare;
            // "and per year?" after an electricity bill asks the bill per year, at the price given before.
            if (_previous?.Measure == Measure.ElectricityBill && bare
                && r.Measure is Measure.MonthlyCost or Measure.YearlyCost or Measure.DailyCost or Measure.WeeklyCost or Measure.HourlyCost)
            {
                return Measure.ElectricityBill;
            }

            // "per gpu month" then "per year?": still per GPU, now a year.
            // After a comparison, "and per year?" compares the yearly costs.
            var perGpu = PricedPerThing && _previous!.Measure is Measure.PerGpuHour or Measure.PerGpuMonth or Measure.PerGpuYear && bare;
            var perMw = PricedPerThing && _previous!.Measure is Measure.PerMwMonth or Measure.PerMwYear && bare;
            return (energy, perGpu, perMw, r.Measure) switch
            {
                (true, _, _, Measure.MonthlyCost) => Measure.EnergyPerMonth,
                (true, _, _, Measure.YearlyCost) => Measure.EnergyPerYear,
                // "colossus energy per month" then "in MWh?": the same energy in another unit, not a year's.
                (true, _, _, Measure.EnergyPerYear) when (r.AskedRate & (RateUnit.Hour | RateUnit.Day | RateUnit.Week | RateUnit.Month | RateUnit.Year)) == 0
                    => _previous!.Measure,
                (_, true, _, Measure.HourlyCost) => Measure.PerGpuHour,
                (_, true, _, Measure.MonthlyCost) => Measure.PerGpuMonth,
                (_, true, _, Measure.YearlyCost) => Measure.PerGpuYear,
                (_, _, true, Measure.MonthlyCost) => Measure.PerMwMonth,
                (_, _, true, Measure.YearlyCost) => Measure.PerMwYear,
                _ => r.Measure,
            };
        }

        if (_previous is null)
        {
            return hasWindow ? Measure.Total : Measure.Summary;
        }

        // "and the actual deal?" after "what if it were $1B a month" shows the figure the what-if showed.
        if (_previous is { Kind: QueryKind.WhatIf, Measure: Measure.Summary, Changes: { } changes } && r.Has(Intents.Cues.Original) && !r.IsWhatIf)
        {
            return changes.NaturalMeasure;
        }

        // "and so far?" or "per quarter?" after a unit cost asks for spend; after a total it keeps the total.
        // "how many months does it run" then "and google's full-rate period?": a length asked again, of the window.
        var keepsWindow = _previous.Measure is Measure.Total or Measure.EnergyOverTerm
            || (_previous.Measure == Measure.End && _previous.Target?.Dimension == Core.Units.Dimension.Time);
        // "xai per day" then "in 2029?": the rate in those months, which the rate's own reading answers or refuses; a
        // monthly or yearly cost then months asks what is paid in them.
        var keepsRate = window is { Kind: WindowKind.Between } && _previous is { Kind: QueryKind.Deal }
            && _previous.Measure is Measure.HourlyCost or Measure.DailyCost or Measure.WeeklyCost or Measure.PerMwYear or Measure.PerMwMonth
                or Measure.PerGpuHour or Measure.PerGpuMonth or Measure.PerGpuYear or Measure.PerKwh or Measure.PerMwh;
        return hasWindow && !keepsWindow && !keepsRate ? Measure.Total : _previous.Measure;
    }

    private static bool NamesOnlyTheChange(in Reading r) => r.Changes is { } c
        && ((r.Measure == Measure.Capacity && (c.Power is not null || c.PowerFactor is not null))
            || (r.Measure == Measure.Hardware && (c.Gpus is not null || c.GpusFactor is not null)));

    /// <remarks>
    /// "colossus total through may 2029" then "and if it ran to dec 2030?": a new end or term moves the term, so a
    /// window that ran to the old end is not kept.
    /// </remarks>
    /// <remarks>"how many months are left" then "cost of those": the months just counted are the window.</remarks>
    public Window? WindowFor(in Reading r, Window? named) =>
        named ?? ((Inherits(r) || ContrastsEarlier(r) || (r.PointsBack && r.Deals.Count == 0 && _previous is { Measure: Measure.End, Window: not null })) && r.Changes is not ({ End: not null } or { EndShiftMonths: not null } or { TermMonths: not null } or { Start: not null })
            ? _previous!.Window : null);

    /// <summary>
    /// A what-if on a what-if adds to its changes ("what if it were $1B a month" then "make it 500 MW"); one about other
    /// deals with changes of its own starts afresh ("what if google paid 1.2b" then "what if anthropic's fee dropped 10%"),
    /// while "same for google's?" takes the changes along.
    /// </summary>
    public DealChanges? ChangesFor(in Reading r, IReadOnlyList<string> deals)
    {
        var before = _previous is { Kind: QueryKind.WhatIf } && (r.Changes is null || deals.SequenceEqual(_previous.DealIds))
            ? Kept(_previous.Changes, r.Undone) : null;
        if (r.Changes is not { } now)
        {
            return before;
        }

        if (before is null)
        {
            return now;
        }

        // A new end, term or shift replaces the old end as a whole; "and 10% less?" after a new fee cuts that fee.
        var endSaid = now.End is not null || now.TermMonths is not null || now.EndShiftMonths is not null;
        var feeCut = now.FeeFactor is { } factor && now.MonthlyFee is null && before.MonthlyFee is { } earlier ? earlier * factor : (Money?)null;
        // A new fee, total or fee factor replaces the fee said before.
        var feeSaid = now.MonthlyFee is not null || now.FeeFactor is not null || now.Total is not null;
        return new DealChanges
        {
            MonthlyFee = now.MonthlyFee ?? feeCut ?? (now.FeeFactor is null && now.Total is null ? before.MonthlyFee : null),
            Total = now.Total ?? (feeSaid ? null : before.Total),
            FeeFactor = now.MonthlyFee is not null || feeCut is not null ? null : now.FeeFactor ?? before.FeeFactor,
            // A new fee says its own first month, or none.
            FeeFrom = now.MonthlyFee is not null || now.FeeFactor is not null ? now.FeeFrom : before.FeeFrom,
            // A new figure and a factor of the deal's own say the same thing, so the later one replaces the earlier.
            Power = now.Power ?? (now.PowerFactor is null ? before.Power : null),
            PowerFactor = now.Power is not null ? null : now.PowerFactor ?? before.PowerFactor,
            Start = now.Start ?? before.Start,
            End = endSaid ? now.End : before.End,
            TermMonths = endSaid ? now.TermMonths : before.TermMonths,
            EndShiftMonths = endSaid ? now.EndShiftMonths : before.EndShiftMonths,
            TotalKept = endSaid ? now.TotalKept : before.TotalKept,
            Gpus = now.Gpus ?? (now.GpusFactor is null ? before.Gpus : null),
            GpusFactor = now.Gpus is not null ? null : now.GpusFactor ?? before.GpusFactor,
            FeeScales = now.FeeScales || before.FeeScales,
            RampFeeFactor = now.RampFeeFactor ?? before.RampFeeFactor,
        };
    }

    /// <summary>The changes left after "drop the hike" or "forget the extension" take parts back; null when none are left.</summary>
    private static DealChanges? Kept(DealChanges? changes, WhatIf.ChangeParts undone)
    {
        if (changes is null || undone == WhatIf.ChangeParts.None)
        {
            return changes;
        }

        var fee = undone.HasFlag(WhatIf.ChangeParts.Fee);
        var end = undone.HasFlag(WhatIf.ChangeParts.End);
        var size = undone.HasFlag(WhatIf.ChangeParts.Size);
        var kept = changes with
        {
            MonthlyFee = fee ? null : changes.MonthlyFee,
            Total = fee ? null : changes.Total,
            FeeFactor = fee ? null : changes.FeeFactor,
            FeeFrom = fee ? null : changes.FeeFrom,
            End = end ? null : changes.End,
            TermMonths = end ? null : changes.TermMonths,
            EndShiftMonths = end ? null : changes.EndShiftMonths,
            TotalKept = !end && changes.TotalKept,
            Start = undone.HasFlag(WhatIf.ChangeParts.Start) ? null : changes.Start,
            Power = size ? null : changes.Power,
            Gpus = size ? null : changes.Gpus,
            PowerFactor = size ? null : changes.PowerFactor,
            GpusFactor = size ? null : changes.GpusFactor,
            FeeScales = !size && changes.FeeScales,
            RampFeeFactor = undone.HasFlag(WhatIf.ChangeParts.Ramp) ? null : changes.RampFeeFactor,
        };
        return kept.IsEmpty ? null : kept;
    }

    /// <summary>The message's value, else the previous query's when the measure is kept.</summary>
    public T? Keep<T>(in Reading r, T? now, Func<DealQuery, T?> previous) where T : struct =>
        now ?? (Inherits(r) ? previous(_previous!) : null);

    public string? Keep(in Reading r, string? now, Func<DealQuery, string?> previous) =>
        now ?? (Inherits(r) ? previous(_previous!) : null);
}
