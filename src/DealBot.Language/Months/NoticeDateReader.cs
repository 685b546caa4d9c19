using DealBot.Language.Tokens;
using DealBot.Language.Vocabulary;

namespace DealBot.Language.Months;

/// <summary>
/// Reads when notice is given in a cancellation question: "today" and "now" (null: the answerer's today),
/// "on March 1 2027", "2027-03-01", "in March 2027" (its first day; a year or quarter means its first month).
/// </summary>
internal static class NoticeDateReader
{
    /// <summary>Whether a notice date was named; <paramref name="date"/> is null for "today".</summary>
    public static bool TryRead(ref Sentence s, out DateOnly? date)
    {
        date = null;
        for (var i = 0; i < s.Count; i++)
        {
            if (s.IsWord(i, Word.Today) || s.IsWord(i, Word.Now))
            {
                s.Use(i, i + 1);
                return true;
            }

            var start = s.WordAt(i) is Word.On or Word.In or Word.By or Word.From or Word.At ? s.SkipThe(i + 1) : i;
            if (MonthExpressionParser.TryRead(ref s, start, out var month))
            {
                date = new DateOnly(month.First.Year, month.First.Month, Math.Max(1, month.Day));
                s.Use(i, month.Next);
                return true;
            }
        }

        return false;
    }
}
