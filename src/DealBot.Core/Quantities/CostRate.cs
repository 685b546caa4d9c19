using DealBot.Core.Text;

namespace DealBot.Core.Quantities;

/// <summary>Money spent per unit of time (a fee or a rental rate), held in US dollars per hour.</summary>
public readonly record struct CostRate(decimal UsdPerHour) : IComparable<CostRate>
{
    public static CostRate FromUsdPerHour(decimal usdPerHour) => new(usdPerHour);

    public static CostRate PerMonth(Money money) => new(money.Usd / Duration.HoursPerMonth);

    public static CostRate PerYear(Money money) => new(money.Usd / Duration.HoursPerYear);

    public Money Hourly => new(UsdPerHour);

    public Money Daily => new(UsdPerHour * Duration.HoursPerDay);

    public Money Monthly => new(UsdPerHour * Duration.HoursPerMonth);

    public Money Yearly => new(UsdPerHour * Duration.HoursPerYear);

    public static Money operator *(CostRate rate, Duration duration) => new(rate.UsdPerHour * duration.Hours);

    public static CostRate operator *(CostRate rate, decimal factor) => new(rate.UsdPerHour * factor);

    public static CostRate operator /(CostRate rate, decimal divisor) => new(rate.UsdPerHour / divisor);

    /// <summary>The price of one megawatt of capacity.</summary>
    public static PowerPrice operator /(CostRate rate, Power power) => PowerPrice.FromUsdPerMegawattHour(rate.UsdPerHour / power.Megawatts);

    public int CompareTo(CostRate other) => UsdPerHour.CompareTo(other.UsdPerHour);

    public override string ToString() => QuantityFormat.Money(Monthly) + "/month";
}
