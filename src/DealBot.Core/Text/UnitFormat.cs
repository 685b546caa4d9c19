using DealBot.Core.Units;

namespace DealBot.Core.Text;

/// <summary>
/// Formats an amount counted in a prelude unit for people: "$4,166.67/kW/month", "$3.4 billion", "60,000 homes",
/// "0.9 MW", "2 days". Kept apart from <see cref="Unit"/> and <see cref="Quantity"/>, as the other formats are.
/// </summary>
public static class UnitFormat
{
    public static string Format(decimal amount, Unit unit)
    {
        var symbol = unit.Symbol;
        if (symbol == Prelude.Usd.Symbol)
        {
            return QuantityFormat.Usd(amount);
        }

        if (symbol.StartsWith("USD/", StringComparison.Ordinal))
        {
            // "$1.25B/month", but "$4,167 per kW-month": two slashes read as machine spelling.
            var per = symbol["USD/".Length..];
            return QuantityFormat.Usd(amount) + (per.Contains('/') ? " per " + per.Replace('/', '-') : "/" + per);
        }

        if (symbol.IndexOf(" USD", StringComparison.Ordinal) is > 0 and var scaled)
        {
            // "in billions": the count of that scale, as asked ("$3.4 billion", "$1.25 billion/month").
            return "$" + Number(amount) + " " + symbol[..scaled] + symbol[(scaled + " USD".Length)..];
        }

        if (unit.Dimension.IsDimensionless && symbol == Prelude.Percent.Symbol)
        {
            return Number(amount) + "%";
        }

        // FLOP counts run to 26 digits: "8.7e19 FLOP/s", as the FLOP measures read.
        if (unit.Dimension[BaseDimension.Flop] != 0 && Math.Abs(amount) >= 1e6m)
        {
            return QuantityFormat.Scientific((double)amount) + " " + Plural(unit, amount);
        }

        return Number(amount) + " " + Plural(unit, amount);
    }

    /// <summary>
    /// The unit as people say it: "dollars per kW-month", "W per GPU", "billion dollars per month", "MWh". The symbol
    /// ("USD/kW/month") stays the machine spelling, in JSON.
    /// </summary>
    public static string Words(Unit unit)
    {
        var parts = unit.Symbol.Split('/');
        var amount = parts[0] == Prelude.Usd.Symbol ? "dollars"
            : parts[0].EndsWith(" USD", StringComparison.Ordinal) ? parts[0][..^" USD".Length] + " dollars"
            : parts[0];
        // "PFLOP/s" is said "PFLOP per second": the bare symbol "s" reads as a plural ending in a sentence.
        return parts.Length == 1 ? amount : $"{amount} per {string.Join('-', parts[1..]).Replace("-s", "-second", StringComparison.Ordinal) switch
        {
            "s" => "second",
            var per => per,
        }}";
    }

    /// <summary>"$45B (range $43.75B–$46.25B)" in any unit; the unit is said once when the range rounds away.</summary>
    public static string Format(decimal low, decimal value, decimal high, Unit unit)
    {
        var text = Format(value, unit);
        if (low == high)
        {
            return text;
        }

        var (lowText, highText) = (Format(low, unit), Format(high, unit));
        return lowText == highText ? text : $"{text} (range {lowText}–{highText})";
    }

    /// <summary>Two decimals, or three significant digits for amounts below one ("0.00475").</summary>
    public static string Number(decimal amount)
    {
        var abs = Math.Abs(amount);
        if (abs is 0m or >= 1m)
        {
            return QuantityFormat.Number(amount);
        }

        var decimals = Math.Min(12, 2 - (int)Math.Floor(Math.Log10((double)abs)));
        return decimals <= 4
            ? QuantityFormat.Number(amount, decimals)
            : Math.Round(amount, decimals, MidpointRounding.AwayFromZero).ToString("0.############", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>"1 hour", "2 hours", "900 GPUs": the unit's symbol is the plural, its singular is for one.</summary>
    private static string Plural(Unit unit, decimal amount) =>
        amount == 1m ? unit.Singular : unit == Prelude.Gpu ? "GPUs" : unit.Symbol;
}
