using DealBot.Core.Queries;
using DealBot.Language.Units;

namespace DealBot.Language.Intents;

/// <summary>
/// Recognises arithmetic on the user's own numbers with no deal in it: "10,000 H100s at $2.50/hr for a year",
/// "how many GPU-hours does $1.25B buy at $2/hr", "what does 1 GW cost at $4M per MW-month". Scale questions
/// about the user's numbers ("how many H100s can 300 MW power") are deal measures with the number given.
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

        if (p.PricePerGpuHour is not null && p.Budget is not null)
        {
            return Measure.GpuHoursForBudget;
        }

        if (p.Power is not null && p.PricePerMwMonth is not null)
        {
            return Measure.PowerCost;
        }

        var costQuestion = measure is Measure.Summary or Measure.Total or Measure.MonthlyCost or Measure.YearlyCost;
        return p.GpuCount is not null && p.Duration is not null && costQuestion ? Measure.GpuRentalCost : null;
    }
}
