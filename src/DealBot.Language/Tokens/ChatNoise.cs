namespace DealBot.Language.Tokens;

/// <summary>
/// Blanks chat markup (Discord/Slack mentions, channel links, custom emoji, "@everyone") and lower-cases
/// the rest. The output keeps every character's position, so a token's offsets also index the original text.
/// </summary>
internal static class ChatNoise
{
    // Mentions and links are short; a lone "<" in a long message is just a character.
    private const int MaxMarkupLength = 120;

    public static void Clean(ReadOnlySpan<char> raw, Span<char> output)
    {
        var i = 0;
        while (i < raw.Length)
        {
            var c = raw[i];
            var skip = c switch
            {
                '<' => MarkupLength(raw, i),
                '@' => MentionLength(raw, i),
                _ => 0,
            };

            if (skip > 0)
            {
                output.Slice(i, skip).Fill(' ');
                i += skip;
                continue;
            }

            // Checked only where a word can start with one of the letters: this loop runs for every character.
            if (c is 'f' or 'w' or 'e' or 'F' or 'W' or 'E' && i >= 2 && raw[i - 1] == ' ' && FillerLength(raw, i) is > 0 and var filler)
            {
                // "a full year", "one whole month": one year, one month.
                output.Slice(i, filler).Fill(' ');
                i += filler;
                continue;
            }

            if (c is '2' or 'f' or 'a' or 'r' or 'n' or 'F' or 'A' or 'R' or 'N' && (i == 0 || raw[i - 1] == ' ') && AlwaysOnLength(raw, i) is > 0 and var always)
            {
                // "running 24/7", "flat out", "around the clock": all the time, which every power × time already assumes.
                output.Slice(i, always).Fill(' ');
                i += always;
                continue;
            }

            if (IsWithout(raw, i))
            {
                // "w/o the ramp": "without" in chat shorthand, written in the same three places as "no " so offsets hold.
                "no ".AsSpan().CopyTo(output[i..]);
                i += 3;
                continue;
            }

            if (c is 'i' && IsIsh(raw, i))
            {
                // "$2ish/hr", "2-ish": about that much, which every amount here already is.
                output.Slice(i, 3).Fill(' ');
                if (raw[i - 1] == '-')
                {
                    output[i - 1] = ' ';
                }

                i += 3;
                continue;
            }

            if (IsWith(raw, i))
            {
                // "the deal w/ xai": "with", never watts per something.
                output.Slice(i, 2).Fill(' ');
                i += 2;
                continue;
            }

            output[i] = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c < 128 ? c : char.ToLowerInvariant(c);
            i++;
        }
    }

    private static readonly string[] Fillers = ["full", "whole", "entire"];

    private static readonly string[] Lengths = ["year", "month", "week", "day", "quarter"];

    private static readonly string[] Ones = ["a", "an", "one", "1"];

    private static readonly string[] AlwaysOn = ["24/7", "24x7", "flat out", "flat-out", "around the clock", "round the clock", "nonstop", "non-stop"];

    /// <summary>Length of a phrase for "all the time" at <paramref name="i"/>, ending at a word's end; zero elsewhere.</summary>
    private static int AlwaysOnLength(ReadOnlySpan<char> raw, int i)
    {
        foreach (var phrase in AlwaysOn)
        {
            if ((raw[i] | 0x20) != phrase[0])
            {
                continue;
            }

            var end = i + phrase.Length;
            if (end <= raw.Length && raw[i..end].Equals(phrase, StringComparison.OrdinalIgnoreCase) && (end == raw.Length || !char.IsLetterOrDigit(raw[end])))
            {
                return phrase.Length;
            }
        }

        return 0;
    }

    /// <summary>
    /// Length of "full", "whole" or "entire" at <paramref name="i"/> between "a"/"an"/"one"/"1" and a length ("a full
    /// year"), which says one of it; zero elsewhere ("the full rate", "12 full months").
    /// </summary>
    private static int FillerLength(ReadOnlySpan<char> raw, int i)
    {
        foreach (var filler in Fillers)
        {
            var end = i + filler.Length;
            if (end + 1 < raw.Length && raw[i..end].Equals(filler, StringComparison.OrdinalIgnoreCase) && raw[end] == ' '
                && StartsWithAny(raw[(end + 1)..], Lengths) && EndsWithAny(raw[..(i - 1)], Ones))
            {
                return filler.Length;
            }
        }

        return 0;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.EndsWith(word, StringComparison.OrdinalIgnoreCase) && (text.Length == word.Length || !char.IsLetterOrDigit(text[^(word.Length + 1)])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A standalone "w/o" (any case) at <paramref name="i"/>.</summary>
    /// <summary>"ish" right after a digit or a dash after a digit, ending a word.</summary>
    private static bool IsIsh(ReadOnlySpan<char> raw, int i) =>
        i + 3 <= raw.Length && raw.Slice(i, 3).SequenceEqual("ish") && (i + 3 == raw.Length || !char.IsLetter(raw[i + 3]))
        && i >= 1 && (char.IsDigit(raw[i - 1]) || (raw[i - 1] == '-' && i >= 2 && char.IsDigit(raw[i - 2])));

    /// <summary>"w/ " after a word, not after a number ("700 w/ gpu" is watts).</summary>
    private static bool IsWith(ReadOnlySpan<char> raw, int i) =>
        raw[i] is 'w' or 'W' && i + 2 < raw.Length && raw[i + 1] == '/' && raw[i + 2] == ' '
        && i >= 2 && raw[i - 1] == ' ' && char.IsLetter(raw[i - 2]);

    private static bool IsWithout(ReadOnlySpan<char> raw, int i) =>
        raw[i] is 'w' or 'W' && i + 2 < raw.Length && raw[i + 1] == '/' && raw[i + 2] is 'o' or 'O'
        && (i == 0 || !char.IsLetterOrDigit(raw[i - 1])) && (i + 3 == raw.Length || !char.IsLetterOrDigit(raw[i + 3]));

    /// <summary>
    /// Length of "&lt;@123&gt;", "&lt;@!123&gt;", "&lt;@&amp;123&gt;", "&lt;#123&gt;", "&lt;!here&gt;", "&lt;@U123|name&gt;",
    /// "&lt;:emoji:123&gt;" or a Slack link "&lt;https://…|label&gt;"; zero when "&lt;" starts none of them.
    /// </summary>
    private static int MarkupLength(ReadOnlySpan<char> raw, int start)
    {
        var limit = Math.Min(raw.Length, start + MaxMarkupLength);
        for (var i = start + 1; i < limit; i++)
        {
            var c = raw[i];
            if (c == '>')
            {
                return i > start + 1 ? i - start + 1 : 0;
            }

            // Markup never holds a space before its "|label"; a space means this "<" is prose ("< 5 MW").
            if (char.IsWhiteSpace(c))
            {
                return 0;
            }

            if (c == '|')
            {
                return LabelledMarkupLength(raw, start, i, limit);
            }
        }

        return 0;
    }

    private static int LabelledMarkupLength(ReadOnlySpan<char> raw, int start, int bar, int limit)
    {
        for (var i = bar + 1; i < limit; i++)
        {
            if (raw[i] == '>')
            {
                return i - start + 1;
            }
        }

        return 0;
    }

    /// <summary>Length of a plain-text "@everyone", "@here" or "@someone"; zero for an "@" inside a word (an e-mail).</summary>
    private static int MentionLength(ReadOnlySpan<char> raw, int start)
    {
        if (start > 0 && char.IsLetterOrDigit(raw[start - 1]))
        {
            return 0;
        }

        var i = start + 1;
        while (i < raw.Length && (char.IsLetterOrDigit(raw[i]) || raw[i] is '_' or '.' or '#'))
        {
            i++;
        }

        return i - start;
    }
}
