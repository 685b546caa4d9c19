using DealBot.Core.Text;

namespace DealBot.Core.Quantities;

/// <summary>Electrical power (capacity), held in megawatts.</summary>
public readonly record struct Power(decimal Megawatts) : IComparable<Power>
{
    public static Power Zero => default;

    public static Power FromWatts(decimal watts) => new(watts / 1_000_000m);

    public static Power FromKilowatts(decimal kilowatts) => new(kilowatts / 1_000m);

    public static Power FromMegawatts(decimal megawatts) => new(megawatts);

    public static Power FromGigawatts(decimal gigawatts) => new(gigawatts * 1_000m);

    public decimal Kilowatts => Megawatts * 1_000m;

    public decimal Gigawatts => Megawatts / 1_000m;

    /// <summary>Running at this power for <paramref name="duration"/>.</summary>
    public static Energy operator *(Power power, Duration duration) => Energy.FromMegawattHours(power.Megawatts * duration.Hours);

    public static Power operator *(Power power, decimal factor) => new(power.Megawatts * factor);

    public static Power operator /(Power power, decimal divisor) => new(power.Megawatts / divisor);

    public static decimal operator /(Power left, Power right) => left.Megawatts / right.Megawatts;

    public static bool operator <(Power left, Power right) => left.Megawatts < right.Megawatts;

    public static bool operator >(Power left, Power right) => left.Megawatts > right.Megawatts;

    public static bool operator <=(Power left, Power right) => left.Megawatts <= right.Megawatts;

    public static bool operator >=(Power left, Power right) => left.Megawatts >= right.Megawatts;

    public int CompareTo(Power other) => Megawatts.CompareTo(other.Megawatts);

    public override string ToString() => QuantityFormat.Power(this);
}
