using DealBot.Core.Answers;
using DealBot.Core.Catalog;
using DealBot.Core.Queries;
using DealBot.Core.Quantities;
using DealBot.Core.Text;

namespace DealBot.Core.Calculations;

/// <summary>
/// The numbers of one deal ready for arithmetic: the catalog's facts, with a what-if's changes applied.
/// A lump-sum deal's monthly fee is derived from its total and term, and that derivation is a step.
/// </summary>
public sealed class DealModel
{
    private DealModel(Deal deal, DealCatalog catalog) => (Deal, Catalog) = (deal, catalog);

    public Deal Deal { get; }

    public DealCatalog Catalog { get; }

    public string Name => Deal.Name;

    /// <summary>The full-rate monthly fee in USD, when disclosed or derivable.</summary>
    public Estimate<decimal>? MonthlyFee { get; private init; }

    /// <summary>
    /// The monthly fee as the working shows it ("$1.25B/month"), empty when undisclosed. Most answers about a deal
    /// repeat it, and a catalog deal's model lives as long as the catalog, so it is formatted once.
    /// </summary>
    public string FeeText => _feeText ??= MonthlyFee is { } fee ? ValueFormat.Format(fee, AnswerUnit.UsdPerMonth) : "";

    private string? _feeText;

    /// <summary>How the monthly fee was found, when it is not a catalog fact.</summary>
    public string? FeeDerivation { get; private init; }

    /// <summary>First billed month (the ramp's start), or the full-rate start when the ramp start is undisclosed.</summary>
    public YearMonth? First { get; private init; }

    public YearMonth? FullRateStart { get; private init; }

    /// <summary>Billing began before <see cref="First"/> at a reduced fee, in a month no source gives (Google–xAI's ramp).</summary>
    public bool EarlierRampUndisclosed => Deal.Start is null && Deal.FullRateStart is { } full && First == full;

    public YearMonth? Last { get; private init; }

    /// <summary>A what-if's new total, spread over the billed months into <see cref="MonthlyFee"/>; null when none was.</summary>
    public decimal? SpreadTotalUsd { get; private init; }

    /// <summary>A what-if's new total was spread over the billed months into <see cref="MonthlyFee"/>.</summary>
    public bool TotalSpread => SpreadTotalUsd is not null;

    /// <summary>A what-if's length of the whole term in months ("if it ran 10 years"), which a lump sum is re-spread over.</summary>
    public int? TermMonthsChanged { get; private init; }

    /// <summary>A what-if's move of the end, kept for deals with no start month, whose term is only a length.</summary>
    public int? EndShiftMonths { get; private init; }

    /// <summary>A what-if's first month at its new fee, when the fee changes part-way; <see cref="FeeBefore"/> is billed before it.</summary>
    public YearMonth? FeeFrom { get; private init; }

    /// <summary>The catalog's fee, billed before <see cref="FeeFrom"/>.</summary>
    public Estimate<decimal>? FeeBefore { get; private init; }

    /// <summary>A what-if's fee for the ramp months as a share of the full fee; null when it is the undisclosed one.</summary>
    public decimal? RampFeeFactor { get; private init; }

    /// <summary>The first and last month of one of the deal's phases: its ramp or its months at the full rate.</summary>
    public (YearMonth? From, YearMonth? To) Phase(WindowKind phase) => phase == WindowKind.Ramp
        ? (First, FullRateStart?.AddMonths(-1))
        : (FullRateStart ?? First, Last);

    public Estimate<decimal>? PowerMw { get; private init; }

    public Estimate<decimal>? Gpus { get; private init; }

    /// <summary>Sources of the fee (and of the total and term it may be derived from).</summary>
    public IReadOnlyList<string> FeeSources { get; private init; } = [];

    public IReadOnlyList<string> PowerSources { get; private init; } = [];

    public IReadOnlyList<string> GpuSources { get; private init; } = [];

    public static DealModel Create(Deal deal, DealCatalog catalog, DealChanges? changes = null)
    {
        var (feeSources, powerSources, gpuSources) = (new List<string>(), new List<string>(), new List<string>());
        var (fee, derivation) = Fee(deal, feeSources);
        var feeBefore = fee;
        var first = deal.Start ?? deal.FullRateStart;
        var last = deal.End ?? DerivedEnd(deal, first);
        var fullRate = deal.FullRateStart ?? first;

        if (changes?.Start is { } start)
        {
            // A new start moves the whole timeline: the ramp keeps its length.
            var ramp = first is { } f && fullRate is { } fr ? YearMonth.CountInclusive(f, fr) - 1 : 0;
            (first, fullRate) = (start, start.AddMonths(ramp));
        }

        if (changes?.FeeFactor is { } factor && fee is { } catalogFee)
        {
            fee = catalogFee.Times(factor);
        }

        if (changes is { TotalKept: true, TermMonths: { } spread } && deal.MonthlyFeeUsd is null && Range(deal.TotalValueUsd, feeSources) is { } total)
        {
            // The total over the new term: the only fee a lump sum has when its term changes and its total does not.
            var spreadFee = total.DividedBy(spread);
            (fee, derivation) = (spreadFee, $"{QuantityFormat.Usd(total.Value)} ÷ {QuantityFormat.Count(spread)} months = {QuantityFormat.Usd(spreadFee.Value)}/month");
        }

        if (changes?.TermMonths is { } months && first is { } from)
        {
            last = from.AddMonths(months - 1);
        }

        if (changes is { FeeScales: true } && fee is { } before)
        {
            var ratio = changes.Power is { } p && deal.PowerMw is { } mw ? p.Megawatts / mw.Value
                : changes.Gpus is { } g && deal.Gpus is { } count ? g / count.Value
                : changes.PowerFactor ?? changes.GpusFactor ?? 1m;
            fee = before.Times(ratio);
        }

        if (changes?.EndShiftMonths is { } shift && last is { } end)
        {
            last = end.AddMonths(shift);
        }

        if (changes?.Total is { } newTotal)
        {
            // The fee that bills the new total over the billed months; none when they are not known.
            (fee, derivation) = SpreadTotal(deal, newTotal, first, fullRate, changes.End ?? last, changes);
        }

        return new DealModel(deal, catalog)
        {
            MonthlyFee = changes?.MonthlyFee is { } newFee ? EstimateMath.Exactly(newFee.Usd) : fee,
            FeeDerivation = changes?.MonthlyFee is null && changes?.FeeFactor is null && changes is not { FeeScales: true } ? derivation : null,
            SpreadTotalUsd = fee is not null ? changes?.Total?.Usd : null,
            First = first,
            FullRateStart = fullRate,
            Last = changes?.End ?? last,
            RampFeeFactor = changes?.RampFeeFactor,
            FeeFrom = changes?.FeeFrom,
            FeeBefore = changes?.FeeFrom is null ? null : feeBefore,
            TermMonthsChanged = changes?.TermMonths,
            EndShiftMonths = changes?.EndShiftMonths,
            PowerMw = changes?.Power is { } power ? EstimateMath.Exactly(power.Megawatts) : Scaled(Range(deal.PowerMw, powerSources), changes?.PowerFactor),
            Gpus = changes?.Gpus is { } gpus ? EstimateMath.Exactly(gpus) : Scaled(Range(deal.Gpus, gpuSources), changes?.GpusFactor),
            FeeSources = changes?.MonthlyFee is null ? feeSources : [],
            PowerSources = powerSources,
            GpuSources = gpuSources,
        };
    }

    private static Estimate<decimal>? Scaled(Estimate<decimal>? fact, decimal? factor) =>
        factor is { } f && fact is { } value ? value.Times(f) : fact;

    /// <summary>Months billed at the full fee and ramp months (undisclosed reduced fee) within [from, to].</summary>
    public (int Full, int Ramp) BilledMonths(YearMonth from, YearMonth to) =>
        First is { } first && Last is { } last ? Billed(first, FullRateStart ?? first, last, from, to) : (0, 0);

    private static (int Full, int Ramp) Billed(YearMonth first, YearMonth fullRate, YearMonth last, YearMonth from, YearMonth to)
    {
        var start = YearMonth.Max(from, first);
        var end = YearMonth.Min(to, last);
        var fullFrom = YearMonth.Max(start, fullRate);
        var full = YearMonth.CountInclusive(fullFrom, end);
        var ramp = YearMonth.CountInclusive(start, YearMonth.Min(end, fullRate.AddMonths(-1)));
        return (full, ramp);
    }

    /// <summary>
    /// A new total as a monthly fee: over the billed months of a dated deal, each ramp month at its share of the fee
    /// (from none to all of it, half as the value, when undisclosed); over the term of a lump sum. Null when the months
    /// are not known (a deal whose earlier ramp months no source gives).
    /// </summary>
    private static (Estimate<decimal>? Fee, string? Derivation) SpreadTotal(Deal deal, Money total, YearMonth? first, YearMonth? fullRate, YearMonth? last, DealChanges changes)
    {
        var earlierUndisclosed = deal.Start is null && deal.FullRateStart is not null && changes.Start is null;
        if (first is { } f && last is { } l && !earlierUndisclosed)
        {
            var (full, ramp) = Billed(f, fullRate ?? f, l, f, l);
            if (full <= 0)
            {
                return (null, null);
            }

            var share = changes.RampFeeFactor;
            var fee = share is { } s ? EstimateMath.Exactly(total.Usd / (full + (ramp * s)))
                : new Estimate<decimal>(total.Usd / (full + ramp), total.Usd / (full + (ramp / 2m)), total.Usd / full);
            var months = ramp == 0 ? $"{full} months" : share is null ? $"({full} + {ramp} ramp months at half the fee)" : $"({full} + {ramp} ramp months × {QuantityFormat.Number(share.Value)})";
            return (fee, $"{QuantityFormat.Usd(total.Usd)} ÷ {months} = {QuantityFormat.Usd(fee.Value)}/month");
        }

        if (deal.MonthlyFeeUsd is null && deal.TermYears is { } years && (changes.TermMonths ?? years.Value * 12m) is var spread and > 0m)
        {
            var fee = EstimateMath.Exactly(total.Usd / spread);
            return (fee, $"{QuantityFormat.Usd(total.Usd)} ÷ {QuantityFormat.Number(spread)} months = {QuantityFormat.Usd(fee.Value)}/month");
        }

        return (null, null);
    }

    public string Term => First is { } f && Last is { } l ? $"{Months.Name(f)} – {Months.Name(l)}" : "term not disclosed";

    private static (Estimate<decimal>? Fee, string? Derivation) Fee(Deal deal, List<string> sources)
    {
        if (Range(deal.MonthlyFeeUsd, sources) is { } monthly)
        {
            return (monthly, null);
        }

        if (Range(deal.TotalValueUsd, sources) is { } total && Range(deal.TermYears, sources) is { } years)
        {
            var fee = total.DividedBy(years.Value * 12m);
            return (fee, $"{QuantityFormat.Usd(total.Value)} ÷ ({QuantityFormat.Number(years.Value)} years × 12) = {QuantityFormat.Usd(fee.Value)}/month");
        }

        return (null, null);
    }

    private static YearMonth? DerivedEnd(Deal deal, YearMonth? first) =>
        first is { } f && deal.TermYears is { } years && years.Value == decimal.Truncate(years.Value)
            ? f.AddMonths(((int)years.Value * 12) - 1)
            : null;

    private static Estimate<decimal>? Range(Fact? fact, List<string> sources)
    {
        if (fact is null)
        {
            return null;
        }

        sources.Add(fact.SourceId);
        sources.AddRange(fact.Alternatives.Select(a => a.SourceId));
        var low = Math.Min(fact.LowOrValue, fact.Alternatives.Select(a => a.LowOrValue).DefaultIfEmpty(fact.LowOrValue).Min());
        var high = Math.Max(fact.HighOrValue, fact.Alternatives.Select(a => a.HighOrValue).DefaultIfEmpty(fact.HighOrValue).Max());
        return new Estimate<decimal>(low, fact.Value, high);
    }
}
