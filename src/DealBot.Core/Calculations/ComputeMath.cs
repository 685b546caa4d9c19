using DealBot.Core.Answers;
using DealBot.Core.Queries;
using DealBot.Core.Quantities;
using DealBot.Core.Text;

namespace DealBot.Core.Calculations;

/// <summary>Generic compute arithmetic on the user's own numbers.</summary>
public static class ComputeMath
{
    public static Measured Evaluate(DealQuery q, AnswerBuilder b) => q.Measure switch
    {
        Measure.GpuHoursForBudget => GpuHours(q, b),
        Measure.PowerCost => PowerCost(q, b),
        Measure.ElectricityCost => ElectricityCost(q, b),
        // "energy of 1 MW in q1 2027": the months a window said, not a month or a year.
        Measure.EnergyPerMonth or Measure.EnergyPerYear when q.Duration is { Hours: > 0 } length && length.Hours % Duration.HoursPerMonth == 0
            => Scale.Energy(Fleet.OfUser(q), b, (int)(length.Hours / Duration.HoursPerMonth), $"energy over {QuantityFormat.Duration(length)}"),
        // "1000 h100s for a week, total FLOP": FLOPs are counted a month at a time, and a month's would be wrong.
        Measure.FlopsPerMonth when q.Duration is { } length && length.Hours != Duration.HoursPerMonth
            => Measured.NotDisclosed("FLOP", AnswerMessages.FlopsOverLength),
        Measure.EnergyPerMonth or Measure.EnergyPerYear or Measure.Homes or Measure.GpusForPower or Measure.FlopsPerMonth
            or Measure.TimeToTrain => Scale.Evaluate(Fleet.OfUser(q), q.Measure, q, b),
        _ => Rental(q, b),
    };

    private static Measured Rental(DealQuery q, AnswerBuilder b)
    {
        const string label = "GPU rental cost";
        if (q is { GpuCount: null, Power: not null, PricePerGpuHour: { } hourly })
        {
            return RentalOfPower(q, hourly, b);
        }

        if (q.GpuCount is not { } gpus || q.PricePerGpuHour is not { } price)
        {
            return Measured.NotDisclosed(label, "I need a GPU count and a price per GPU-hour, e.g. \"10,000 H100s at $2.50/hr for a year\".");
        }

        var duration = DurationOrAMonth(q, b);
        var cost = price.Usd * gpus * duration.Hours;
        b.Step($"{QuantityFormat.Count(gpus)} GPUs × {QuantityFormat.Usd(price.Usd)}/GPU-hour × {QuantityFormat.Count(duration.Hours)} h = {QuantityFormat.Usd(cost)} ({QuantityFormat.Number(cost)} USD)");
        b.Assume("A year is 8,760 hours and a month 730; GPUs billed every hour.");
        return Measured.Number($"{label} for {QuantityFormat.Duration(duration)}", EstimateMath.Exactly(cost), AnswerUnit.Usd);
    }

    /// <summary>"what would 300 MW of h100s cost at $2.35/gpu-hour per month": the accelerators the power feeds, rented.</summary>
    private static Measured RentalOfPower(DealQuery q, Money price, AnswerBuilder b)
    {
        var fed = Scale.GpusForPower(Fleet.OfUser(q), q, b);
        if (fed.Value is not { } gpus)
        {
            return fed;
        }

        var duration = DurationOrAMonth(q, b);
        var cost = gpus.Times(price.Usd * duration.Hours);
        b.Step($"{QuantityFormat.Count(gpus.Value)} GPUs (range {QuantityFormat.Count(gpus.Low)}–{QuantityFormat.Count(gpus.High)}) × {QuantityFormat.Usd(price.Usd)}/GPU-hour × {QuantityFormat.Count(duration.Hours)} h = {QuantityFormat.Usd(cost.Value)} (range {QuantityFormat.Usd(cost.Low)}–{QuantityFormat.Usd(cost.High)})");
        b.Assume("A year is 8,760 hours and a month 730; GPUs billed every hour.");
        return Measured.Number($"rental cost of the GPUs the power can feed, for {QuantityFormat.Duration(duration)}", cost, AnswerUnit.Usd);
    }

    private static Measured GpuHours(DealQuery q, AnswerBuilder b)
    {
        const string label = "GPU-hours";
        if (q.Budget is not { } budget || q.PricePerGpuHour is not { Usd: > 0 } price)
        {
            return Measured.NotDisclosed(label, "I need a budget and a price per GPU-hour, e.g. \"how many GPU-hours does $1.25B buy at $2/hr\".");
        }

        var hours = budget.Usd / price.Usd;
        b.Step($"{QuantityFormat.Usd(budget.Usd)} ÷ {QuantityFormat.Usd(price.Usd)}/GPU-hour = {QuantityFormat.Count(hours)} GPU-hours")
         .Step($"= {QuantityFormat.Count(hours / Duration.HoursPerYear)} GPUs running for a year (8,760 h)");
        return Measured.Number(label, EstimateMath.Exactly(hours), AnswerUnit.GpuHours);
    }

    private static Measured PowerCost(DealQuery q, AnswerBuilder b)
    {
        const string label = "cost of the power capacity";
        if (q.Power is not { } power || q.PricePerMwMonth is not { } price)
        {
            return Measured.NotDisclosed(label, "I need a power and a price per MW-month, e.g. \"what does 1 GW cost at $4M per MW-month\".");
        }

        var monthly = price.Usd * power.Megawatts;
        b.Step($"{QuantityFormat.Number(power.Megawatts)} MW × {QuantityFormat.Usd(price.Usd)} per MW-month = {QuantityFormat.Usd(monthly)}/month");
        if (q.Duration is not { } duration)
        {
            return Measured.Number(label + " per month", EstimateMath.Exactly(monthly), AnswerUnit.UsdPerMonth);
        }

        var total = monthly * duration.Months;
        b.Step($"× {QuantityFormat.Number(duration.Months)} months = {QuantityFormat.Usd(total)}");
        return Measured.Number($"{label} for {QuantityFormat.Duration(duration)}", EstimateMath.Exactly(total), AnswerUnit.Usd);
    }

    /// <summary>
    /// The user's own electricity bill: MW × hours × price per kWh. One hour, day, week, month or year is answered
    /// as a rate (USD/month for "per month"); any other duration as a total over it.
    /// </summary>
    private static Measured ElectricityCost(DealQuery q, AnswerBuilder b)
    {
        const string label = "electricity cost";
        if (q.Power is not { } power || q.ElectricityPricePerKwh is not { } price)
        {
            return Measured.NotDisclosed(label, "I need a power and an electricity price, e.g. \"300 MW at 9 cents per kWh, per month\".");
        }

        var duration = DurationOrAMonth(q, b);
        var kwh = power.Megawatts * 1_000m * duration.Hours;
        var cost = kwh * price.Usd;
        b.Step($"{QuantityFormat.Number(power.Megawatts)} MW × {QuantityFormat.Count(duration.Hours)} h = {QuantityFormat.Count(kwh / 1_000m)} MWh = {QuantityFormat.Count(kwh)} kWh")
         .Step($"{QuantityFormat.Count(kwh)} kWh × {QuantityFormat.Number(price.Usd * 100m)}¢/kWh = {QuantityFormat.Usd(cost)}")
         .Assume("Full power drawn around the clock; a year is 8,760 hours and a month 730.")
         .Assume("If the power is IT load, the facility draws about 20–30% more (PUE 1.2–1.3), and the bill with it.");
        var (unit, per) = duration.Hours switch
        {
            1m => (AnswerUnit.UsdPerHour, "per hour"),
            Duration.HoursPerDay => (AnswerUnit.UsdPerDay, "per day"),
            7m * Duration.HoursPerDay => (AnswerUnit.UsdPerWeek, "per week"),
            Duration.HoursPerMonth => (AnswerUnit.UsdPerMonth, "per month"),
            Duration.HoursPerYear => (AnswerUnit.UsdPerYear, "per year"),
            _ => (AnswerUnit.Usd, "for " + QuantityFormat.Duration(duration)),
        };

        return Measured.Number($"{label} of {QuantityFormat.Number(power.Megawatts)} MW at {QuantityFormat.Number(price.Usd * 100m)}¢/kWh {per}", EstimateMath.Exactly(cost), unit);
    }

    /// <summary>The question's duration, or one month when it gives none (and the answer says so).</summary>
    private static Duration DurationOrAMonth(DealQuery q, AnswerBuilder b)
    {
        if (q.Duration is { } duration)
        {
            return duration;
        }

        b.Assume("No duration given: one month (730 h).");
        return Duration.FromMonths(1);
    }
}
