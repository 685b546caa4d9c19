namespace DealBot.Language.Entities;

/// <summary>
/// Optimal-string-alignment distance (insert, delete, substitute, swap neighbours), stopped early once it
/// passes a small bound: typos are one or two keystrokes, so nothing bigger is worth computing.
/// </summary>
internal static class EditDistance
{
    private const int MaxLength = 40;

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> are at most <paramref name="bound"/> edits apart.</summary>
    public static bool IsWithin(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int bound) => Distance(a, b, bound) <= bound;

    /// <summary>The edits between <paramref name="a"/> and <paramref name="b"/>, or <paramref name="bound"/> + 1 when more.</summary>
    public static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int bound)
    {
        if (Math.Abs(a.Length - b.Length) > bound || a.Length > MaxLength || b.Length > MaxLength)
        {
            return bound + 1;
        }

        // Three rolling rows: the swap rule looks two rows back.
        Span<int> before = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, before[j - 2] + 1);
                }

                current[j] = best;
                rowMin = Math.Min(rowMin, best);
            }

            if (rowMin > bound)
            {
                return bound + 1;
            }

            var recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }

        return Math.Min(previous[b.Length], bound + 1);
    }

    /// <summary>A bit per letter a–z present; two words within d edits differ in at most 2·d of these bits.</summary>
    public static int LetterMask(ReadOnlySpan<char> word)
    {
        var mask = 0;
        foreach (var c in word)
        {
            if (c is >= 'a' and <= 'z')
            {
                mask |= 1 << (c - 'a');
            }
        }

        return mask;
    }
}
