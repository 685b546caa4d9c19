using DealBot.Core.Quantities;

namespace DealBot.Core.Calculations;

/// <summary>Interval arithmetic on non-negative decimal estimates, so that ranges carry through every step.</summary>
public static class EstimateMath
{
    public static Estimate<decimal> Exactly(decimal value) => Estimate<decimal>.Exactly(value);

    // Times and DividedBy by a number are Map(x => x * factor) written out: no closure or delegate per call.
    public static Estimate<decimal> Times(this Estimate<decimal> a, decimal factor) =>
        Ordered(a.Low * factor, a.Value * factor, a.High * factor);

    public static Estimate<decimal> Times(this Estimate<decimal> a, Estimate<decimal> b) =>
        new(a.Low * b.Low, a.Value * b.Value, a.High * b.High);

    /// <summary>Dividing by a range: the low end divides by the high divisor.</summary>
    public static Estimate<decimal> DividedBy(this Estimate<decimal> a, Estimate<decimal> b) =>
        new(a.Low / b.High, a.Value / b.Value, a.High / b.Low);

    public static Estimate<decimal> DividedBy(this Estimate<decimal> a, decimal divisor) =>
        Ordered(a.Low / divisor, a.Value / divisor, a.High / divisor);

    /// <summary>How many of <paramref name="each"/> fit in <paramref name="whole"/>: a fixed whole divided by a range.</summary>
    public static Estimate<decimal> Into(this decimal whole, Estimate<decimal> each) =>
        new(whole / each.High, whole / each.Value, whole / each.Low);

    /// <summary>As <see cref="Estimate{T}.Map{TResult}"/> orders them: a negative factor swaps the ends.</summary>
    private static Estimate<decimal> Ordered(decimal low, decimal value, decimal high) =>
        low <= high ? new(low, value, high) : new(high, value, low);

    public static Estimate<decimal> Plus(this Estimate<decimal> a, Estimate<decimal> b) =>
        new(a.Low + b.Low, a.Value + b.Value, a.High + b.High);
}
