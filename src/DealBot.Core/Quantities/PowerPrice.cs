namespace DealBot.Core.Quantities;

/// <summary>The price of one megawatt of capacity per unit of time, held in US dollars per MW per hour.</summary>
public readonly record struct PowerPrice(decimal UsdPerMegawattHour) : IComparable<PowerPrice>
{
    public static PowerPrice FromUsdPerMegawattHour(decimal usd) => new(usd);

    public static PowerPrice PerMegawattMonth(Money money) => new(money.Usd / Duration.HoursPerMonth);

    public Money PerMegawattMonthly => new(UsdPerMegawattHour * Duration.HoursPerMonth);

    public Money PerMegawattYearly => new(UsdPerMegawattHour * Duration.HoursPerYear);

    /// <summary>The cost rate of <paramref name="power"/> at this price.</summary>
    public static CostRate operator *(PowerPrice price, Power power) => CostRate.FromUsdPerHour(price.UsdPerMegawattHour * power.Megawatts);

    public int CompareTo(PowerPrice other) => UsdPerMegawattHour.CompareTo(other.UsdPerMegawattHour);
}
