using DealBot.Core.Quantities;
using DealBot.Language.Tokens;

namespace DealBot.Language.Months;

/// <summary>The pieces month expressions are made of: years, month names and numeric dates.</summary>
internal static class DateParts
{
    public static int MonthNumber(ReadOnlySpan<char> name) => name.Length < 3 ? 0 : name[..3] switch
    {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        _ => 12,
    };

    /// <summary>A four-digit number that can be a year DealBot handles.</summary>
    public static bool IsYear(ref Sentence s, int i) =>
        s.IsNumber(i) && s.Tokens[i].Number.IntegerDigits == 4 && YearMonth.IsValid(s.Tokens[i].Number.AsInt, 1);

    /// <summary>
    /// "in 2027 per gpu", "during 2028 per mw": a year after a word that places it is a window, never an amount a
    /// rate follows ("$2,027 per GPU").
    /// </summary>
    /// <remarks>"anthropic xai 2028 per month": a year of these deals' span right before "per" is a year too, unless "at" prices it.</remarks>
    public static bool IsPlacedYear(ref Sentence s, int i) =>
        IsYear(ref s, i) && (s.IsWord(i - 1, Vocabulary.Word.In) || s.IsWord(i - 1, Vocabulary.Word.During) || s.IsWord(i - 1, Vocabulary.Word.MonthName)
            || (s.Tokens[i].Number.AsInt is >= 2020 and <= 2040 && !s.IsWord(i - 1, Vocabulary.Word.At) && (s.IsWord(i + 1, Vocabulary.Word.Per) || s.IsSymbol(i + 1, '/'))));

    /// <summary>"2H 2027", "1h 2028": a half of a year, not two hours.</summary>
    public static bool IsHalfShorthand(ref Sentence s, int i) =>
        s.IsNumber(i) && s.Tokens[i].Number.AsInt is 1 or 2 && s.IsText(i + 1, "h") && s.Tokens[i + 1].Glued && IsYear(ref s, i + 2);

    /// <summary>"2029", or "'29" for 2029.</summary>
    public static bool TryYear(ref Sentence s, int i, out int year, out int next)
    {
        (year, next) = (0, i + 1);
        if (IsYear(ref s, i))
        {
            year = s.Tokens[i].Number.AsInt;
            return true;
        }

        if (s.IsSymbol(i, '\'') && s.IsNumber(i + 1) && s.Tokens[i + 1].Glued && s.Tokens[i + 1].Number.IntegerDigits == 2
            && s.Tokens[i + 1].Number.AsInt >= 0)
        {
            (year, next) = (2000 + s.Tokens[i + 1].Number.AsInt, i + 2);
            return true;
        }

        return false;
    }

    /// <summary>A year said, or else the conversation's (<see cref="Sentence.ContextYear"/>), taking no token.</summary>
    public static bool TryYearOrContext(ref Sentence s, int i, out int year, out int next)
    {
        if (TryYear(ref s, i, out year, out next))
        {
            return true;
        }

        (year, next) = (s.ContextYear, i);
        return year > 0;
    }

    public static bool IsValidDay(int year, int month, int day) =>
        day == 0 || (YearMonth.IsValid(year, month) && day >= 1 && day <= DateTime.DaysInMonth(year, month));

    /// <summary>The "-05" of "2029-05" and the "-03-01" of "2027-03-01" (or with "/"), written without spaces.</summary>
    public static bool TryIsoTail(ref Sentence s, int year, int i, out MonthExpression month)
    {
        month = default;
        var monthOfYear = GluedPart(ref s, i, 12);
        if (monthOfYear == 0)
        {
            return false;
        }

        var day = GluedPart(ref s, i + 2, 31);
        if (!IsValidDay(year, monthOfYear, day))
        {
            return false;
        }

        month = MonthExpression.Single(new YearMonth(year, monthOfYear), day, day == 0 ? i + 2 : i + 4);
        return true;
    }

    /// <summary>"05/2029" (month and year) or "3/1/2027" (month, day, year, as written in the US).</summary>
    public static bool TrySlashed(ref Sentence s, int i, out MonthExpression month)
    {
        month = default;
        var first = s.IsNumber(i) && s.Tokens[i].Number.IntegerDigits <= 2 ? s.Tokens[i].Number.AsInt : 0;
        if (first is < 1 or > 12 || !s.IsSymbol(i + 1, '/') || !s.Tokens[i + 1].Glued)
        {
            return false;
        }

        if (IsYear(ref s, i + 2) && s.Tokens[i + 2].Glued)
        {
            month = MonthExpression.Single(new YearMonth(s.Tokens[i + 2].Number.AsInt, first), 0, i + 3);
            return true;
        }

        var day = GluedPart(ref s, i + 1, 31);
        if (day == 0 || !s.IsSymbol(i + 3, '/') || !IsYear(ref s, i + 4) || !s.Tokens[i + 4].Glued)
        {
            return false;
        }

        var year = s.Tokens[i + 4].Number.AsInt;
        if (!IsValidDay(year, first, day))
        {
            return false;
        }

        month = MonthExpression.Single(new YearMonth(year, first), day, i + 5);
        return true;
    }

    /// <summary>Whether a glued "-" or "/" and a one- or two-digit number follow, the shape of "-05" or "/13".</summary>
    public static bool HasShortTail(ref Sentence s, int i) =>
        (s.IsDash(i) || s.IsSymbol(i, '/')) && s.Tokens[i].Glued && s.IsNumber(i + 1) && s.Tokens[i + 1].Glued
        && s.Tokens[i + 1].Number.IntegerDigits <= 2;

    /// <summary>
    /// A one- or two-digit number from 1 to <paramref name="max"/> right after a glued "-" or "/" at <paramref name="i"/>;
    /// 0 when absent.
    /// </summary>
    private static int GluedPart(ref Sentence s, int i, int max)
    {
        if (!(s.IsDash(i) || s.IsSymbol(i, '/')) || !s.Tokens[i].Glued || !s.IsNumber(i + 1) || !s.Tokens[i + 1].Glued)
        {
            return 0;
        }

        var number = s.Tokens[i + 1].Number;
        return number.IntegerDigits <= 2 && number.AsInt >= 1 && number.AsInt <= max ? number.AsInt : 0;
    }
}
