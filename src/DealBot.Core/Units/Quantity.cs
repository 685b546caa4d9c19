namespace DealBot.Core.Units;

/// <summary>
/// An amount with its dimension, held in base units (USD, hour, MW, …) as exact decimals, with the range the facts allow
/// (<see cref="Low"/> = <see cref="Value"/> = <see cref="High"/> when they agree). Immutable; arithmetic checks
/// nothing but carries the dimension along, and <see cref="In"/> refuses a unit of another dimension.
/// Amounts here are positive (fees, powers, counts), so a product's ends are the products of the ends and a
/// quotient's ends are crossed.
/// </summary>
public readonly record struct Quantity(decimal Low, decimal Value, decimal High, Dimension Dimension)
{
    public static Quantity Of(decimal amount, Unit unit) => Exactly(amount * unit.Factor, unit.Dimension);

    public static Quantity Of(decimal low, decimal value, decimal high, Unit unit) =>
        new(low * unit.Factor, value * unit.Factor, high * unit.Factor, unit.Dimension);

    public static Quantity Exactly(decimal value, Dimension dimension) => new(value, value, value, dimension);

    public static Quantity operator *(Quantity a, Quantity b) =>
        new(a.Low * b.Low, a.Value * b.Value, a.High * b.High, a.Dimension * b.Dimension);

    public static Quantity operator /(Quantity a, Quantity b) =>
        new(a.Low / b.High, a.Value / b.Value, a.High / b.Low, a.Dimension / b.Dimension);

    public static Quantity operator *(Quantity a, decimal factor) => new(a.Low * factor, a.Value * factor, a.High * factor, a.Dimension);

    /// <summary>This quantity counted in <paramref name="unit"/>, or null when the dimensions differ.</summary>
    public (decimal Low, decimal Value, decimal High)? In(Unit unit) =>
        unit.Dimension == Dimension ? (Low / unit.Factor, Value / unit.Factor, High / unit.Factor) : null;
}
