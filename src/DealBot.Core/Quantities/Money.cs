using DealBot.Core.Text;

namespace DealBot.Core.Quantities;

/// <summary>An amount of US dollars. Exact decimal arithmetic: money is never binary floating point.</summary>
public readonly record struct Money(decimal Usd) : IComparable<Money>
{
    public static Money Zero => default;

    public static Money FromUsd(decimal usd) => new(usd);

    public static Money FromMillions(decimal millions) => new(millions * 1_000_000m);

    public static Money FromBillions(decimal billions) => new(billions * 1_000_000_000m);

    public static Money operator +(Money left, Money right) => new(left.Usd + right.Usd);

    public static Money operator -(Money left, Money right) => new(left.Usd - right.Usd);

    public static Money operator *(Money money, decimal factor) => new(money.Usd * factor);

    public static Money operator *(decimal factor, Money money) => new(money.Usd * factor);

    public static Money operator /(Money money, decimal divisor) => new(money.Usd / divisor);

    public static decimal operator /(Money left, Money right) => left.Usd / right.Usd;

    /// <summary>Spending this amount evenly over <paramref name="duration"/>.</summary>
    public static CostRate operator /(Money money, Duration duration) => CostRate.FromUsdPerHour(money.Usd / duration.Hours);

    public static EnergyPrice operator /(Money money, Energy energy) => EnergyPrice.FromUsdPerMegawattHour(money.Usd / energy.MegawattHours);

    public static bool operator <(Money left, Money right) => left.Usd < right.Usd;

    public static bool operator >(Money left, Money right) => left.Usd > right.Usd;

    public static bool operator <=(Money left, Money right) => left.Usd <= right.Usd;

    public static bool operator >=(Money left, Money right) => left.Usd >= right.Usd;

    public int CompareTo(Money other) => Usd.CompareTo(other.Usd);

    public override string ToString() => QuantityFormat.Money(this);
}
