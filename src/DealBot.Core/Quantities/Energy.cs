using DealBot.Core.Text;

namespace DealBot.Core.Quantities;

/// <summary>An amount of electrical energy, held in megawatt-hours.</summary>
public readonly record struct Energy(decimal MegawattHours) : IComparable<Energy>
{
    public static Energy Zero => default;

    public static Energy FromKilowattHours(decimal kilowattHours) => new(kilowattHours / 1_000m);

    public static Energy FromMegawattHours(decimal megawattHours) => new(megawattHours);

    public static Energy FromGigawattHours(decimal gigawattHours) => new(gigawattHours * 1_000m);

    public static Energy FromTerawattHours(decimal terawattHours) => new(terawattHours * 1_000_000m);

    public decimal KilowattHours => MegawattHours * 1_000m;

    public decimal GigawattHours => MegawattHours / 1_000m;

    public decimal TerawattHours => MegawattHours / 1_000_000m;

    public static Energy operator +(Energy left, Energy right) => new(left.MegawattHours + right.MegawattHours);

    public static Energy operator *(Energy energy, decimal factor) => new(energy.MegawattHours * factor);

    public static decimal operator /(Energy left, Energy right) => left.MegawattHours / right.MegawattHours;

    public static bool operator <(Energy left, Energy right) => left.MegawattHours < right.MegawattHours;

    public static bool operator >(Energy left, Energy right) => left.MegawattHours > right.MegawattHours;

    public static bool operator <=(Energy left, Energy right) => left.MegawattHours <= right.MegawattHours;

    public static bool operator >=(Energy left, Energy right) => left.MegawattHours >= right.MegawattHours;

    public int CompareTo(Energy other) => MegawattHours.CompareTo(other.MegawattHours);

    public override string ToString() => QuantityFormat.Energy(this);
}
