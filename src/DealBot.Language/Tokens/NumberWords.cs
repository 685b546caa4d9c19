using DealBot.Language.Numbers;
using DealBot.Language.Vocabulary;

namespace DealBot.Language.Tokens;

/// <summary>
/// Numbers spelt out ("twenty-four months", "forty five days", "half a GW", "two and a half years", "a couple of
/// months") become one number token, so every reader sees them as it sees "24 months". Reading "forty-five days" as
/// "five days" would be a confident wrong number. A lone small word ("two", "one") becomes a number only before a
/// unit or a scale: "which two deals" and "which one is bigger" keep their words.
/// </summary>
internal static class NumberWords
{
    /// <summary>Rewrites runs of number words in place; returns the new token count.</summary>
    public static int Merge(ReadOnlySpan<char> text, Span<Token> tokens, int count)
    {
        var written = 0;
        for (var i = 0; i < count; i++)
        {
            if (TryRun(text, tokens, count, i, out var value, out var end) && end > i)
            {
                tokens[written++] = new Token
                {
                    Kind = TokenKind.Number,
                    Start = tokens[i].Start,
                    Length = tokens[end - 1].Start + tokens[end - 1].Length - tokens[i].Start,
                    Glued = tokens[i].Glued,
                    Number = new NumberValue(value, (double)value, true, Digits(value), value != decimal.Truncate(value)),
                };
                i = end - 1;
                continue;
            }

            tokens[written++] = tokens[i];
        }

        return written;
    }

    /// <summary>A run of number words at <paramref name="i"/> that stands for a number here, and where it ends.</summary>
    private static bool TryRun(ReadOnlySpan<char> text, Span<Token> tokens, int count, int i, out decimal value, out int end)
    {
        (value, end) = (0m, i);
        var word = Text(text, tokens, count, i);
        // Most words are no number: one switch turns them away.
        if (word.IsEmpty || (ValueOf(word) == 0m && !word.SequenceEqual("half") && !word.SequenceEqual("a") && !word.SequenceEqual("couple")
            && !word.SequenceEqual("quarter")))
        {
            return false;
        }

        // "a quarter of a GW", "quarter of a gig": never "the first quarter of 2027", which has no "a" after "of".
        var q = Is(text, tokens, count, i, "a") ? i + 1 : i;
        if (Is(text, tokens, count, q, "quarter") && Is(text, tokens, count, q + 1, "of")
            && (Is(text, tokens, count, q + 2, "a") || Is(text, tokens, count, q + 2, "an")))
        {
            (value, end) = (0.25m, q + 3);
            return BeforeUnit(tokens, count, end);
        }

        // "half a GW", "half an hour".
        if (Is(text, tokens, count, i, "half") && (Is(text, tokens, count, i + 1, "a") || Is(text, tokens, count, i + 1, "an")))
        {
            (value, end) = (0.5m, i + 2);
            return BeforeUnit(tokens, count, end);
        }

        // "a couple of months", "couple weeks".
        var j = Is(text, tokens, count, i, "a") && Is(text, tokens, count, i + 1, "couple") ? i + 1 : i;
        if (Is(text, tokens, count, j, "couple"))
        {
            (value, end) = (2m, Is(text, tokens, count, j + 1, "of") ? j + 2 : j + 1);
            return BeforeUnit(tokens, count, end);
        }

        var strong = false;
        var current = 0m;
        var words = 0;
        var k = i;
        while (k < count)
        {
            var v = ValueOf(Text(text, tokens, count, k));
            if (v == Hundred && words > 0)
            {
                (current, strong, k) = (current * 100m, true, k + 1);
                // "one hundred and fifty".
                k = Is(text, tokens, count, k, "and") && ValueOf(Text(text, tokens, count, k + 1)) is > 0 and < Hundred ? k + 1 : k;
                continue;
            }

            if (v is <= 0 or >= Hundred || (words > 0 && !Follows(current, v)))
            {
                break;
            }

            current += v;
            strong |= v > 10m;
            words++;
            k++;
            // "twenty-four": a hyphen joins tens and units.
            if (v >= 20m && v % 10m == 0m && k + 1 < count && tokens[k].Kind == TokenKind.Symbol && tokens[k].Symbol is '-' or '–'
                && ValueOf(Text(text, tokens, count, k + 1)) is > 0 and < 10)
            {
                k++;
            }
        }

        if (words == 0)
        {
            return false;
        }

        // "two and a half years".
        if (Is(text, tokens, count, k, "and") && Is(text, tokens, count, k + 1, "a") && Is(text, tokens, count, k + 2, "half"))
        {
            (current, strong, k) = (current + 0.5m, true, k + 3);
        }

        (value, end) = (current, k);
        // "one billion", "five GW", "twenty four months": a number; "one" in "which one is bigger" is not.
        return strong || BeforeUnit(tokens, count, end);
    }

    public const decimal Hundred = 100m;

    /// <summary>Whether <paramref name="next"/> may follow <paramref name="sum"/> in one number: a unit after a ten ("forty five").</summary>
    private static bool Follows(decimal sum, decimal next) =>
        next < 10m && sum >= 20m && sum % 10m == 0m || (sum % 100m == 0m && sum >= 100m && next < 100m);

    /// <summary>The value of one number word ("seven" 7, "forty" 40, "hundred" 100), or 0.</summary>
    public static decimal ValueOf(ReadOnlySpan<char> word) => word switch
    {
        "one" => 1m,
        "two" => 2m,
        "three" => 3m,
        "four" => 4m,
        "five" => 5m,
        "six" => 6m,
        "seven" => 7m,
        "eight" => 8m,
        "nine" => 9m,
        "ten" => 10m,
        "eleven" => 11m,
        "twelve" => 12m,
        "thirteen" => 13m,
        "fourteen" => 14m,
        "fifteen" => 15m,
        "sixteen" => 16m,
        "seventeen" => 17m,
        "eighteen" => 18m,
        "nineteen" => 19m,
        "twenty" => 20m,
        "thirty" => 30m,
        "forty" => 40m,
        "fifty" => 50m,
        "sixty" => 60m,
        "seventy" => 70m,
        "eighty" => 80m,
        "ninety" => 90m,
        "hundred" => Hundred,
        _ => 0m,
    };

    /// <summary>A unit or a scale right after the number: "five GW", "two years", "three billion", "ten percent".</summary>
    private static bool BeforeUnit(Span<Token> tokens, int count, int i) =>
        i < count && tokens[i].Kind == TokenKind.Word && tokens[i].Word is Word.Thousand or Word.Million or Word.Billion or Word.Trillion
            or Word.Mw or Word.Gw or Word.Kw or Word.Mwh or Word.Gwh or Word.Twh or Word.Kwh or Word.Gpu or Word.Flop
            or Word.Hour or Word.Day or Word.Week or Word.Month or Word.Quarters or Word.Year or Word.Percent
            or Word.Dollar or Word.Cent or Word.Currency or Word.Homes;

    private static bool Is(ReadOnlySpan<char> text, Span<Token> tokens, int count, int i, string word) =>
        Text(text, tokens, count, i).SequenceEqual(word);

    private static ReadOnlySpan<char> Text(ReadOnlySpan<char> text, Span<Token> tokens, int count, int i) =>
        i < count && tokens[i].Kind == TokenKind.Word ? text.Slice(tokens[i].Start, tokens[i].Length) : [];

    private static int Digits(decimal value)
    {
        var digits = 1;
        for (var v = decimal.Truncate(value); v >= 10m; v /= 10m)
        {
            digits++;
        }

        return digits;
    }
}
