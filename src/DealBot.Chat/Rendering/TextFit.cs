using System.Text;

namespace DealBot.Chat.Rendering;

/// <summary>
/// Shortens text to a client's limit at a boundary that still reads: a whole line, else a whole word, marked with
/// "…". Only a single word longer than the limit is cut inside, and never through a surrogate pair (half an emoji
/// is invalid UTF-8, which Discord and Slack reject).
/// </summary>
public static class TextFit
{
    private const char Ellipsis = '…';

    /// <summary>A word boundary is used only if it keeps at least this share of the room: "…" after one word of many reads worse than a cut word.</summary>
    private const double LeastKept = 0.5;

    /// <summary>"+3 more": what a list cut to a client's limit ends with.</summary>
    public static string More(int count) => $"+{count} more";

    public static string Cut(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        if (max <= 1)
        {
            return max == 1 ? Ellipsis.ToString() : "";
        }

        var room = max - 1;
        var space = text.LastIndexOfAny([' ', '\n'], room);
        var end = space >= room * LeastKept ? space : room;
        if (end == room && char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        // "per GPU-hour: $7.78 vs" reads better without the dangling separator before the "…".
        return string.Concat(text.AsSpan(0, end).TrimEnd(" ,;:—–-·|".AsSpan()), Ellipsis.ToString());
    }

    /// <summary>
    /// Whole lines joined by newlines, as many as fit in <paramref name="max"/>; when some are left out, a last line
    /// says so (<paramref name="rest"/> gets how many: "+3 more", "…"). A first line too long on its own is cut at a word.
    /// </summary>
    public static string Lines(IReadOnlyList<string> lines, int max, Func<int, string> rest)
    {
        var text = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            // Every line but the last leaves room for the one that says how many are left out.
            var after = i == lines.Count - 1 ? 0 : 1 + rest(lines.Count - i - 1).Length;
            var line = lines[i];
            if (text.Length == 0 && line.Length + after > max)
            {
                line = Cut(line, Math.Max(max - after, 0));
            }

            var separator = text.Length > 0 ? 1 : 0;
            if (text.Length + separator + line.Length + after > max)
            {
                if (text.Length + lines.Skip(i).Sum(l => l.Length + 1) - 1 + separator <= max)
                {
                    // The rest fits whole after all, without the line that would have said it was left out.
                    return text.Append(separator > 0 ? "\n" : "").AppendJoin('\n', lines.Skip(i)).ToString();
                }

                var marker = (separator > 0 ? "\n" : "") + rest(lines.Count - i);
                return text.Length + marker.Length <= max ? text.Append(marker).ToString() : text.ToString();
            }

            text.Append(separator > 0 ? "\n" : "").Append(line);
        }

        return text.ToString();
    }
}
