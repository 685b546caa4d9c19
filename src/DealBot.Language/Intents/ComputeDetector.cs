using DealBot.Core.Queries;
using DealBot.Language.Units;

namespace DealBot.Language.Intents;

/// <summary>
/// Recognises arithmetic on the user's own numbers with no deal in it: "10,000 H100s at $2.50/hr for a year",
/// "how many GPU-hours does $1.25B buy at $2/hr", "what does 1 GW cost at $4M per MW-month", and scale
/// questions about the user's own power or GPUs ("how many homes could 300 MW power", "FLOPs of 10,000 H100s"),
/// and the electricity bill of the user's own power ("300 MW at 9 cents per kWh, per month").
/// </summary>
internal static class ComputeDetector
{
    /// <summary>The compute measure, or null when the question is about a catalog deal.</summary>
    public static Measure? Detect(Measure measure, in Parameters p)
    {
        if (p.PricePerGpuHour is not null && p.GpuCount is not null)
        {
            return Measure.GpuRentalCost;
        }

        // "what would 300 MW of h100s cost at $2.35 an hour": a price per GPU-hour asks the cost of the GPUs the power feeds.
        if (p.PricePerGpuHour is not null && p.Power is not null && measure == Measure.GpusForPower)
        {
            return Measure.GpuRentalCost;
        }

        if (p.PricePerGpuHour is not null && p.Budget is not null)
        {
            return Measure.GpuHoursForBudget;
        }

        if (p.Power is not null && p.PricePerMwMonth is not null)
        {
            return Measure.PowerCost;
        }

        // "300 MW at 9 cents per kWh, electricity cost per month": the user's own bill, not a deal's share.
        if (p.Power is not null && p.ElectricityPricePerKwh is not null
            && measure is not (Measure.Homes or Measure.GpusForPower or Measure.FlopsPerMonth or Measure.TimeToTrain))
        {
            return Measure.ElectricityCost;
        }

        if (p.Power is not null && measure is Measure.Homes or Measure.EnergyPerMonth or Measure.EnergyPerYear or Measure.GpusForPower)
        {
            return measure;
        }

        if (p.GpuCount is not null && measure is Measure.FlopsPerMonth or Measure.TimeToTrain)
        {
            return measure;
        }

        var costQuestion = measure is Measure.Summary or Measure.Total or Measure.MonthlyCost or Measure.YearlyCost;
        return p.GpuCount is not null && p.Duration is not null && costQuestion ? Measure.GpuRentalCost : null;
    }
}
