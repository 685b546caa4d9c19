using System.Globalization;
using DealBot.Language.Tokens;
using DealBot.Language.Vocabulary;

namespace DealBot.Language.Numbers;

/// <summary>
/// Reads numbers in the styles people type: "$1.25B", "1.25 billion", "1,250 million", "$1.25bn", "1.25e9",
/// "1 billion dollars", "500 mn", "1.5k", "10,000", "250 thousand", "8 cents", "9¢", "10^26".
/// </summary>
internal static class NumberParser
{
    // decimal holds about 7.9e28; scaling stays below it so it never throws.
    public const double DecimalLimit = 7e28;

    // Longer numerals are not numbers anyone means; they read as too large rather than being parsed.
    private const int MaxLiteralLength = 64;

    /// <summary>Parses a numeral the tokenizer found: digits, "," groups, a decimal point, an exponent.</summary>
    public static NumberValue ParseLiteral(ReadOnlySpan<char> literal)
    {
        if (literal.Length > MaxLiteralLength)
        {
            return new NumberValue(0m, double.PositiveInfinity, false, literal.Length, false);
        }

        Span<char> digits = stackalloc char[MaxLiteralLength];
        var length = 0;
        var integerDigits = 0;
        var point = false;
        for (var k = 0; k < literal.Length; k++)
        {
            var c = literal[k];
            if (c == ',' && !point && Tokenizer.DecimalCommaDigits(literal, k + 1) > 0)
            {
                // A decimal comma ("1,25"): the tokenizer only lets one through before one or two digits.
                c = '.';
            }
            else if (c == ',')
            {
                continue;
            }

            point |= c == '.';
            integerDigits += !point && c is >= '0' and <= '9' ? 1 : 0;
            digits[length++] = c;
        }

        var span = digits[..length];
        const NumberStyles Style = NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        if (decimal.TryParse(span, Style, CultureInfo.InvariantCulture, out var exact))
        {
            return new NumberValue(exact, (double)exact, true, integerDigits, point);
        }

        var approx = double.TryParse(span, Style, CultureInfo.InvariantCulture, out var d) ? d : double.PositiveInfinity;
        return new NumberValue(0m, approx, false, integerDigits, point);
    }

    /// <summary>
    /// Reads an amount starting at <paramref name="i"/> (a "$" or a numeral) with its scale word and currency.
    /// Returns false when no number starts there.
    /// </summary>
    public static bool TryRead(ref Sentence s, int i, out Amount amount)
    {
        amount = default;
        var money = s.IsSymbol(i, '$');
        var first = money ? i + 1 : i;
        if (!s.IsNumber(first))
        {
            return false;
        }

        ref readonly var token = ref s.Tokens[first];
        var (value, approx, exact) = (token.Number.Value, token.Number.Approx, token.Number.Exact);
        var next = first + 1;
        if (s.IsSymbol(next, '^') && s.IsNumber(next + 1))
        {
            // "10^26": FLOP counts are written this way; the result only needs to be approximate.
            approx = Math.Pow(approx, s.Tokens[next + 1].Number.Approx);
            (value, exact, next) = (0m, false, next + 2);
        }

        var scale = ScaleOf(s.WordAt(next));
        if (scale > 1)
        {
            (value, approx, exact) = Scale(value, approx, exact, scale);
            next++;
        }

        var cents = s.IsWord(next, Word.Cent) || s.IsSymbol(next, '¢');
        if (cents || s.IsWord(next, Word.Dollar) || s.IsWord(next, Word.Currency) || s.IsSymbol(next, '$'))
        {
            money = true;
            next++;
        }

        if (cents)
        {
            (value, approx) = (value / 100m, approx / 100d);
        }

        amount = new Amount(value, approx, exact && double.IsFinite(approx), money, token.Negative, next)
        {
            InCents = cents,
            HasLargeScale = scale >= 1_000_000m,
        };
        return true;
    }

    public static decimal ScaleOf(Word word) => word switch
    {
        Word.Thousand => 1_000m,
        Word.Million => 1_000_000m,
        Word.Billion => 1_000_000_000m,
        Word.Trillion => 1_000_000_000_000m,
        _ => 1m,
    };

    private static (decimal Value, double Approx, bool Exact) Scale(decimal value, double approx, bool exact, decimal scale)
    {
        var scaled = approx * (double)scale;
        return exact && Math.Abs(scaled) < DecimalLimit ? (value * scale, scaled, true) : (0m, scaled, false);
    }
}
