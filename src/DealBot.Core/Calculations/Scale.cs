using DealBot.Core.Answers;
using DealBot.Core.Catalog;
using DealBot.Core.Queries;
using DealBot.Core.Quantities;
using DealBot.Core.Text;

namespace DealBot.Core.Calculations;

/// <summary>What a deal's power and GPUs amount to: energy, homes, accelerators, FLOPs, training time.</summary>
public static class Scale
{
    public const string HouseholdReference = "us-household-kwh-per-year";
    public const string ElectricityReference = "us-industrial-usd-per-kwh";
    public const string UtilisationReference = "training-mfu";
    public const string DefaultAccelerator = "h100";

    private const decimal SecondsPerHour = 3_600m;

    /// <summary>The scale measures that need only a fleet (a power or a GPU count), with or without a deal.</summary>
    public static Measured Evaluate(Fleet fleet, Measure measure, DealQuery q, AnswerBuilder b) => measure switch
    {
        Measure.EnergyPerMonth => Energy(fleet, b, 1, "energy per month", q.Utilisation),
        Measure.EnergyPerYear => Energy(fleet, b, 12, "energy per year", q.Utilisation),
        Measure.Homes => Homes(fleet, b, q.Utilisation),
        Measure.GpusForPower => GpusForPower(fleet, q, b),
        Measure.FlopsPerMonth => FlopsPerMonth(fleet, q, b),
        _ => TimeToTrain(fleet, q, b),
    };

    /// <param name="load">"at 80% load": the share of the capacity drawn on average, or null for all of it.</param>
    public static Measured Energy(Fleet m, AnswerBuilder b, int months, string label, decimal? load = null)
    {
        if (m.PowerMw is not { } capacity)
        {
            return NoPower(m, label);
        }

        if (months == 0)
        {
            return Measured.NotDisclosed(label, $"The {m.Name} term has not been disclosed.");
        }

        b.Cite(m.PowerSources);
        var power = Drawn(capacity, load, b);
        var mwh = power.Times(Duration.HoursPerMonth * months);
        var (value, unit) = Sized(mwh);
        b.Step($"{QuantityFormat.Number(power.Value)} MW × {QuantityFormat.Count(Duration.HoursPerMonth * months)} h = {QuantityFormat.Count(mwh.Value)} MWh = {ValueFormat.Format(value, unit)}")
         .Assume(load is null ? "Full capacity drawn around the clock; if the power is IT load, the facility draws about 20–30% more (PUE 1.2–1.3)."
             : "If the power is IT load, the facility draws about 20–30% more (PUE 1.2–1.3).");
        return Measured.Number(LoadLabel(label, load), value, unit);
    }

    public static Measured Homes(Fleet m, AnswerBuilder b, decimal? load = null)
    {
        const string label = "homes";
        if (m.PowerMw is not { } capacity)
        {
            return NoPower(m, label);
        }

        b.Cite(m.PowerSources);
        var household = Reference(b, HouseholdReference);
        var power = Drawn(capacity, load, b);
        var kwhPerYear = power.Times(Duration.HoursPerYear * 1_000m);
        var homes = kwhPerYear.Value.Into(household);
        b.Step($"{QuantityFormat.Number(power.Value)} MW × 8,760 h = {QuantityFormat.Count(kwhPerYear.Value)} kWh a year")
         .Step($"÷ {QuantityFormat.Count(household.Value)} kWh per US household a year = {QuantityFormat.Count(homes.Value)} homes (at {QuantityFormat.Count(household.Low)}–{QuantityFormat.Count(household.High)} kWh: {QuantityFormat.Count(homes.Low)}–{QuantityFormat.Count(homes.High)})")
         .Assume(load is null ? "Average US household use; full capacity drawn all year." : "Average US household use.");
        return Measured.Number(LoadLabel(label, load), homes, AnswerUnit.Homes);
    }

    /// <summary>The power drawn on average: all of the capacity, or the share of it a load says.</summary>
    private static Estimate<decimal> Drawn(Estimate<decimal> capacity, decimal? load, AnswerBuilder b)
    {
        if (load is not { } share)
        {
            return capacity;
        }

        var drawn = capacity.Times(share);
        b.Step($"{QuantityFormat.Number(capacity.Value)} MW × {QuantityFormat.Percent(share * 100m)} load = {QuantityFormat.Number(drawn.Value)} MW drawn on average");
        return drawn;
    }

    private static string LoadLabel(string label, decimal? load) =>
        load is { } share ? $"{label} at {QuantityFormat.Percent(share * 100m)} load" : label;

    public static Measured ElectricityShare(DealModel m, DealQuery q, AnswerBuilder b)
    {
        const string label = "electricity's share of the fee";
        if (m.MonthlyFee is not { } fee)
        {
            return DealMeasures.NoFee(m, label);
        }

        var measured = MonthlyBill(m, q, b, label);
        if (measured.Value is not { } bill)
        {
            return measured;
        }

        b.Cite(m.FeeSources);
        var share = bill.Times(100m).DividedBy(fee);
        b.Step($"÷ {QuantityFormat.Usd(fee.Value)} fee = {QuantityFormat.Percent(share.Value)}");
        return Measured.Number(label, share, AnswerUnit.Percent);
    }

    /// <summary>"the electricity bill of the xai deal": its power drawn all month at a sourced industrial price.</summary>
    public static Measured ElectricityBill(DealModel m, DealQuery q, AnswerBuilder b) =>
        MonthlyBill(m, q, b, "electricity bill a month");

    private static Measured MonthlyBill(DealModel m, DealQuery q, AnswerBuilder b, string label)
    {
        var fleet = Fleet.Of(m, q);
        if (fleet.PowerMw is not { } power)
        {
            return DealMeasures.NoPower(m, label);
        }

        b.Cite(fleet.PowerSources);
        var price = q.ElectricityPricePerKwh is { } given ? EstimateMath.Exactly(given.Usd) : Reference(b, ElectricityReference);
        var drawn = Drawn(power, q.Utilisation, b);
        var mwh = drawn.Value * Duration.HoursPerMonth;
        var bill = price.Times(mwh * 1_000m);
        b.Step($"{QuantityFormat.Number(drawn.Value)} MW × 730 h = {QuantityFormat.Count(mwh)} MWh a month")
         .Step($"× {Cents(price.Value)}/kWh = {QuantityFormat.Usd(bill.Value)} of electricity a month"
             + (price.IsExact ? "" : $" (at {Cents(price.Low)}–{Cents(price.High)}: {QuantityFormat.Usd(bill.Low)}–{QuantityFormat.Usd(bill.High)})"));
        if (q.Utilisation is null)
        {
            b.Assume("Full capacity drawn around the clock.");
        }

        return Measured.Number(LoadLabel(label, q.Utilisation), bill, AnswerUnit.UsdPerMonth);
    }

    /// <summary>"9.29¢": electricity prices in cents, so the step's arithmetic can be redone from what it shows.</summary>
    private static string Cents(decimal usdPerKwh) => QuantityFormat.Number(usdPerKwh * 100m) + "¢";

    public static Measured GpusForPower(Fleet m, DealQuery q, AnswerBuilder b)
    {
        var hardware = Accelerator(q, b);
        var label = $"{hardware.Name} accelerators the power can feed";
        if (m.PowerMw is not { } mw)
        {
            return NoPower(m, label);
        }

        if (hardware.AllInKw is not { } allIn)
        {
            return Measured.NotDisclosed(label, $"No source gives {hardware.Name}'s all-in power per chip.");
        }

        b.Cite(allIn.SourceId).Cite(m.PowerSources);
        var kw = new Estimate<decimal>(allIn.LowOrValue, allIn.Value, allIn.HighOrValue);
        var count = (mw.Value * 1_000m).Into(kw);
        b.Step($"{QuantityFormat.Number(mw.Value)} MW = {QuantityFormat.Count(mw.Value * 1_000m)} kW ÷ {QuantityFormat.Number(kw.Low)}–{QuantityFormat.Number(kw.High)} kW per {hardware.Name} all-in = {QuantityFormat.Count(count.Low)}–{QuantityFormat.Count(count.High)} (at {QuantityFormat.Number(kw.Value)} kW: {QuantityFormat.Count(count.Value)})")
         .Assume("All-in power per accelerator includes server, network and cooling.");
        return Measured.Number(label, count, AnswerUnit.Gpu);
    }

    public static Measured FlopsPerMonth(Fleet m, DealQuery q, AnswerBuilder b)
    {
        if (Throughput(m, q, b) is not { } perSecond)
        {
            return Measured.NotDisclosed("FLOP per month", $"No source gives {m.Name}'s GPU count.");
        }

        var flop = perSecond.Times(Duration.HoursPerMonth * SecondsPerHour);
        b.Step($"× 730 h × 3,600 s = {QuantityFormat.Scientific((double)flop.Value)} FLOP a month");
        return Measured.Number("FLOP per month", flop, AnswerUnit.Flop);
    }

    public static Measured TimeToTrain(Fleet m, DealQuery q, AnswerBuilder b)
    {
        const string label = "time to train";
        if (q.TrainingFlops is not { } flop || flop <= 0 || double.IsInfinity(flop) || flop > 1e40)
        {
            return Measured.NotDisclosed(label, "Tell me the model's size in FLOP, e.g. \"how long to train a 1e26 FLOP model\".");
        }

        if (Throughput(m, q, b) is not { } perSecond)
        {
            return Measured.NotDisclosed(label, $"No source gives {m.Name}'s GPU count.");
        }

        // FLOP budgets pass decimal's range, so the division is done in double, then brought back.
        var days = perSecond.Map(rate => (decimal)(flop / (double)rate / 86_400d));
        b.Step($"{QuantityFormat.Scientific(flop)} FLOP ÷ that rate ÷ 86,400 s = {QuantityFormat.Number(days.Value, 1)} days");
        return Measured.Number(label, days, AnswerUnit.Days);
    }

    /// <summary>Sustained FLOP/s of the deal's GPUs (or the user's count) at the given or default utilisation.</summary>
    private static Estimate<decimal>? Throughput(Fleet m, DealQuery q, AnswerBuilder b)
    {
        if (m.Gpus?.Value is not { } count)
        {
            return null;
        }

        b.Cite(m.GpuSources);
        var hardware = Accelerator(q, b);
        var tflops = hardware.DenseBf16Tflops ?? 0m;
        var utilisation = q.Utilisation is { } u ? EstimateMath.Exactly(u) : Reference(b, UtilisationReference);
        var perSecond = utilisation.Times(count * tflops * 1_000_000_000_000m);
        b.Step($"{QuantityFormat.Count(count)} GPUs × {QuantityFormat.Count(tflops)} TFLOP/s ({hardware.Name}, dense BF16) × {QuantityFormat.Percent(utilisation.Value * 100m)} utilisation = {QuantityFormat.Scientific((double)perSecond.Value)} FLOP/s")
         .Assume($"GPUs treated as {hardware.Name}; newer chips in the fleet would raise this.");
        if (!utilisation.IsExact)
        {
            b.Assume($"Utilisation {QuantityFormat.Percent(utilisation.Low * 100m)}–{QuantityFormat.Percent(utilisation.High * 100m)} gives the range.");
        }

        return perSecond;
    }

    private static Measured NoPower(Fleet m, string label) =>
        Measured.NotDisclosed(label, $"No source discloses {m.Name}'s power, so I can't give its {label}; ask with a power, e.g. \"how many homes could 300 MW power?\".");

    private static Hardware Accelerator(DealQuery q, AnswerBuilder b)
    {
        var hardware = b.Catalog.FindHardware(q.AcceleratorId ?? DefaultAccelerator) ?? b.Catalog.FindHardware(DefaultAccelerator)!;
        b.Cite(hardware.SourceId);
        return hardware;
    }

    private static Estimate<decimal> Reference(AnswerBuilder b, string id)
    {
        var fact = b.Catalog.GetReference(id).Fact;
        b.Cite(fact.SourceId);
        return new Estimate<decimal>(fact.LowOrValue, fact.Value, fact.HighOrValue);
    }

    /// <summary>Energy in the unit that keeps the number readable: MWh, GWh or TWh.</summary>
    private static (Estimate<decimal> Value, AnswerUnit Unit) Sized(Estimate<decimal> mwh) => mwh.Value switch
    {
        >= 1_000_000m => (mwh.DividedBy(1_000_000m), AnswerUnit.Twh),
        >= 1_000m => (mwh.DividedBy(1_000m), AnswerUnit.Gwh),
        _ => (mwh, AnswerUnit.Mwh),
    };
}
