using System.Text;
using DealBot.Core.Answers;

namespace DealBot.Chat.Rendering;

/// <summary>
/// A comparison as an aligned table for a fixed-width screen (the console): one row a deal, its figure and range in
/// columns, a deal without the figure marked so (its reason follows under its name).
/// </summary>
public static class ComparisonTable
{
    private const string Gutter = "  ";

    public static void Write(StringBuilder text, DealComparison comparison)
    {
        var basis = comparison.Basis.Length == 0 ? "Figure" : char.ToUpperInvariant(comparison.Basis[0]) + comparison.Basis[1..];
        var rows = new List<string[]>(comparison.Deals.Count + 1) { new[] { "Deal", basis, "Range" } };
        rows.AddRange(comparison.Deals.Select(d => new[] { d.Name, d.Figure ?? "no figure (see below)", d.Range ?? "" }));
        var widths = Enumerable.Range(0, 3).Select(column => rows.Max(row => row[column].Length)).ToArray();
        foreach (var row in rows)
        {
            var start = text.Length;
            for (var column = 0; column < row.Length; column++)
            {
                text.Append(row[column].PadRight(widths[column])).Append(Gutter);
            }

            // Rows without a range end in padding: trimmed, so no line carries trailing spaces.
            var end = text.Length;
            while (end > start && text[end - 1] == ' ')
            {
                end--;
            }

            text.Length = end;
            text.Append('\n');
        }
    }
}
