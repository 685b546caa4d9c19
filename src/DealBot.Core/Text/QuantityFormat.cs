using System.Globalization;
using DealBot.Core.Quantities;

namespace DealBot.Core.Text;

/// <summary>
/// Formats quantities for people: scaled to a readable unit, at most two decimals, thousands separated
/// ("$1.25B", "$4.17M", "$5,708", "$7.78", "300 MW", "2.63 TWh"). Kept apart from the types, as NodaTime does.
/// </summary>
public static class QuantityFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Money(Money money) => Usd(money.Usd);

    public static string Usd(decimal usd)
    {
        var abs = Math.Abs(usd);
        return abs switch
        {
            >= 1_000_000_000_000m => Dollars(usd, abs / 1_000_000_000_000m, 2, 'T'),
            >= 1_000_000_000m => Dollars(usd, abs / 1_000_000_000m, 2, 'B'),
            >= 1_000_000m => Dollars(usd, abs / 1_000_000m, 2, 'M'),
            >= 1_000m => Dollars(usd, abs, 0, null),
            0m => "$0",
            // Cents are always shown: "$7.80", not "$7.8".
            >= 0.01m => Dollars(usd, abs, 2, null, keepZeros: true),
            _ => (usd < 0 ? "-" : "") + "$" + abs.ToString("0.####", Invariant),
        };
    }

    /// <summary>"$1.25B", "-$5,708", "$7.80": sign, dollar sign, number and scale letter written into one string.</summary>
    private static string Dollars(decimal usd, decimal amount, int decimals, char? scale, bool keepZeros = false)
    {
        Span<char> text = stackalloc char[MaxNumberLength + 3];
        var end = scale is null ? text.Length : text.Length - 1;
        if (scale is { } letter)
        {
            text[end] = letter;
        }

        var start = WriteNumber(amount, decimals, keepZeros, text[..end]);
        text[--start] = '$';
        if (usd < 0)
        {
            text[--start] = '-';
        }

        return new string(text[start..]);
    }

    public static string Power(Power power) =>
        Math.Abs(power.Megawatts) >= 1_000m ? Number(power.Gigawatts) + " GW" : Number(power.Megawatts) + " MW";

    public static string Energy(Energy energy) => Math.Abs(energy.MegawattHours) switch
    {
        >= 1_000_000m => Number(energy.TerawattHours) + " TWh",
        >= 1_000m => Number(energy.GigawattHours) + " GWh",
        _ => Number(energy.MegawattHours) + " MWh",
    };

    public static string Duration(Duration duration) => Math.Abs(duration.Hours) switch
    {
        >= Quantities.Duration.HoursPerYear when duration.Hours % Quantities.Duration.HoursPerYear == 0 => Plural(duration.Years, "year"),
        >= Quantities.Duration.HoursPerMonth when duration.Hours % Quantities.Duration.HoursPerMonth == 0 => Plural(duration.Months, "month"),
        >= 48m => Plural(duration.Days, "day"),
        _ => Plural(duration.Hours, "hour"),
    };

    /// <summary>A plain number with thousands separators and at most <paramref name="decimals"/> decimals, trailing zeros dropped.</summary>
    public static string Number(decimal value, int decimals = 2)
    {
        Span<char> text = stackalloc char[MaxNumberLength];
        var start = WriteNumber(value, decimals, keepZeros: false, text);
        return new string(text[start..]);
    }

    // 29 digits, 9 group separators, a point and a sign.
    private const int MaxNumberLength = 48;

    /// <summary>
    /// Writes <paramref name="value"/> rounded half away from zero to <paramref name="decimals"/> (0–4) places, as the
    /// invariant "N" format would, so that it ends at the end of <paramref name="text"/>; returns where it starts.
    /// Trailing zeros of the fraction are dropped unless <paramref name="keepZeros"/>; a value that rounds to zero has no sign.
    /// Answers format dozens of numbers, and writing the digits of the rounded value directly is several times
    /// faster than decimal's general formatting, which only the rare mantissa beyond 64 bits still uses.
    /// </summary>
    private static int WriteNumber(decimal value, int decimals, bool keepZeros, Span<char> text)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(rounded, bits);
        if (bits[2] != 0)
        {
            return WriteFormatted(rounded, decimals, keepZeros, text);
        }

        var mantissa = unchecked(((ulong)(uint)bits[1] << 32) | (uint)bits[0]);
        // Rounding leaves at most `decimals` places; padded to that many when zeros are kept.
        var scale = (bits[3] >> 16) & 0xFF;
        var places = keepZeros ? decimals : scale;
        var start = text.Length;
        var fraction = false;
        for (var place = places; place > 0; place--)
        {
            var digit = place > scale ? 0 : (int)(mantissa % 10);
            mantissa = place > scale ? mantissa : mantissa / 10;
            if (digit != 0 || fraction || keepZeros)
            {
                text[--start] = (char)('0' + digit);
                fraction = true;
            }
        }

        if (fraction)
        {
            text[--start] = '.';
        }

        var digits = 0;
        do
        {
            if (digits > 0 && digits % 3 == 0)
            {
                text[--start] = ',';
            }

            text[--start] = (char)('0' + (int)(mantissa % 10));
            mantissa /= 10;
            digits++;
        }
        while (mantissa != 0);

        if (bits[3] < 0 && (bits[0] | bits[1]) != 0)
        {
            text[--start] = '-';
        }

        return start;
    }

    private static readonly string[] NumberFormats = [.. Enumerable.Range(0, 5).Select(d => "N" + d)];

    /// <summary>The standard "N" format, for values with more than 19 significant digits.</summary>
    private static int WriteFormatted(decimal rounded, int decimals, bool keepZeros, Span<char> text)
    {
        Span<char> formatted = stackalloc char[MaxNumberLength];
        rounded.TryFormat(formatted, out var length, NumberFormats[decimals], Invariant);
        var number = formatted[..length];
        if (decimals > 0 && !keepZeros)
        {
            number = number.TrimEnd('0').TrimEnd('.');
        }

        number.CopyTo(text[^number.Length..]);
        return text.Length - number.Length;
    }

    /// <summary>A count, rounded to a whole number: "220,000".</summary>
    public static string Count(decimal value) => Number(value, 0);

    /// <summary>Large or tiny doubles (FLOP counts) in scientific form, e.g. "2.29e26".</summary>
    public static string Scientific(double value) => value.ToString("0.##e0", Invariant);

    public static string Percent(decimal percent) => Number(percent) + "%";

    /// <summary>A change against a baseline, signed: "+66.67%", "-20%".</summary>
    public static string Change(decimal percent) => (percent > 0 ? "+" : "") + Percent(percent);

    public static string Plural(decimal count, string unit) => Number(count) + " " + unit + (count == 1 ? "" : "s");
}
