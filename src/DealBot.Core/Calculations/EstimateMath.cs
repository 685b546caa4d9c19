using DealBot.Core.Quantities;

namespace DealBot.Core.Calculations;

/// <summary>Interval arithmetic on non-negative decimal estimates, so that ranges carry through every step.</summary>
public static class EstimateMath
{
    public static Estimate<decimal> Exactly(decimal value) => Estimate<decimal>.Exactly(value);

    public static Estimate<decimal> Times(this Estimate<decimal> a, decimal factor) => a.Map(x => x * factor);

    public static Estimate<decimal> Times(this Estimate<decimal> a, Estimate<decimal> b) =>
        new(a.Low * b.Low, a.Value * b.Value, a.High * b.High);

    /// <summary>Dividing by a range: the low end divides by the high divisor.</summary>
    public static Estimate<decimal> DividedBy(this Estimate<decimal> a, Estimate<decimal> b) =>
        new(a.Low / b.High, a.Value / b.Value, a.High / b.Low);

    public static Estimate<decimal> DividedBy(this Estimate<decimal> a, decimal divisor) => a.Map(x => x / divisor);

    /// <summary>How many of <paramref name="each"/> fit in <paramref name="whole"/>: a fixed whole divided by a range.</summary>
    public static Estimate<decimal> Into(this decimal whole, Estimate<decimal> each) =>
        new(whole / each.High, whole / each.Value, whole / each.Low);

    public static Estimate<decimal> Plus(this Estimate<decimal> a, Estimate<decimal> b) =>
        new(a.Low + b.Low, a.Value + b.Value, a.High + b.High);
}
