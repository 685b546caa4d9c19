namespace DealBot.Core.Quantities;

/// <summary>Money per unit of energy, held in US dollars per megawatt-hour.</summary>
public readonly record struct EnergyPrice(decimal UsdPerMegawattHour) : IComparable<EnergyPrice>
{
    public static EnergyPrice FromUsdPerMegawattHour(decimal usd) => new(usd);

    public static EnergyPrice FromUsdPerKilowattHour(decimal usd) => new(usd * 1_000m);

    public decimal UsdPerKilowattHour => UsdPerMegawattHour / 1_000m;

    public static Money operator *(EnergyPrice price, Energy energy) => new(price.UsdPerMegawattHour * energy.MegawattHours);

    public int CompareTo(EnergyPrice other) => UsdPerMegawattHour.CompareTo(other.UsdPerMegawattHour);
}
