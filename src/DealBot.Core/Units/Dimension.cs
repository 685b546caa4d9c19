using System.Text;

namespace DealBot.Core.Units;

/// <summary>
/// A dimension as a vector of small integer exponents over <see cref="BaseDimension"/>: money ÷ (power × time) is
/// {Money: 1, Power: −1, Time: −1}. Packed into 8 bytes, one signed byte a base, so comparing two is one compare.
/// </summary>
public readonly struct Dimension : IEquatable<Dimension>
{
    private const int Bases = 8;
    private readonly ulong _packed;

    private Dimension(ulong packed) => _packed = packed;

    public static Dimension None => default;

    public static Dimension Money { get; } = Of(BaseDimension.Money);
    public static Dimension Time { get; } = Of(BaseDimension.Time);
    public static Dimension Power { get; } = Of(BaseDimension.Power);
    public static Dimension Energy { get; } = Power * Time;
    public static Dimension Gpu { get; } = Of(BaseDimension.Gpu);
    public static Dimension Home { get; } = Of(BaseDimension.Home);
    public static Dimension Flop { get; } = Of(BaseDimension.Flop);

    /// <summary>The dimension with these exponents, one a base in <see cref="BaseDimension"/> order (for stored queries).</summary>
    public static Dimension FromExponents(ReadOnlySpan<sbyte> exponents)
    {
        ulong packed = 0;
        for (var i = 0; i < Math.Min(Bases, exponents.Length); i++)
        {
            packed |= unchecked((ulong)(byte)exponents[i]) << (8 * i);
        }

        return new Dimension(packed);
    }

    public static Dimension Of(BaseDimension dimension) => new(1UL << (8 * (int)dimension));

    public bool IsDimensionless => _packed == 0;

    public int this[BaseDimension dimension] => unchecked((sbyte)(_packed >> (8 * (int)dimension)));

    /// <summary>Whether some base dimension other than <paramref name="except"/> has a negative exponent ("per GPU", "per kW").</summary>
    public bool HasDenominator(BaseDimension? except = null)
    {
        for (var shift = 0; shift < 64; shift += 8)
        {
            if (unchecked((sbyte)(_packed >> shift)) < 0 && (int?)except != shift / 8)
            {
                return true;
            }
        }

        return false;
    }

    public static Dimension operator *(Dimension a, Dimension b) => Combine(a, b, 1);

    public static Dimension operator /(Dimension a, Dimension b) => Combine(a, b, -1);

    /// <summary><paramref name="a"/> with <paramref name="b"/>'s exponents added <paramref name="sign"/> times (±1).</summary>
    private static Dimension Combine(Dimension a, Dimension b, int sign)
    {
        ulong packed = 0;
        for (var i = 0; i < Bases; i++)
        {
            var exponent = a[(BaseDimension)i] + (sign * b[(BaseDimension)i]);
            packed |= unchecked((ulong)(byte)(sbyte)exponent) << (8 * i);
        }

        return new Dimension(packed);
    }

    public Dimension Inverse() => None / this;

    public bool Equals(Dimension other) => _packed == other._packed;

    public override bool Equals(object? obj) => obj is Dimension other && Equals(other);

    public override int GetHashCode() => _packed.GetHashCode();

    public static bool operator ==(Dimension a, Dimension b) => a._packed == b._packed;

    public static bool operator !=(Dimension a, Dimension b) => a._packed != b._packed;

    /// <summary>"Money/Power/Time", "Gpu·Time", "1" for dimensionless: for messages and tests.</summary>
    public override string ToString()
    {
        if (IsDimensionless)
        {
            return "1";
        }

        var up = new StringBuilder();
        var down = new StringBuilder();
        for (var i = 0; i < Bases; i++)
        {
            var exponent = this[(BaseDimension)i];
            var part = exponent is 1 or -1 ? ((BaseDimension)i).ToString() : $"{(BaseDimension)i}^{Math.Abs(exponent)}";
            if (exponent > 0)
            {
                up.Append(up.Length > 0 ? "·" : "").Append(part);
            }
            else if (exponent < 0)
            {
                down.Append('/').Append(part);
            }
        }

        return (up.Length > 0 ? up.ToString() : "1") + down;
    }
}
