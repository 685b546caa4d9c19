using System.Buffers;
using System.Text;

namespace DealBot.Chat.Safety;

/// <summary>
/// Makes text safe to post: @everyone, @here, @channel, role/user/channel mentions and Slack's special mentions are
/// broken with a zero-width space, so nothing DealBot says can ping anyone, whatever the question contained.
/// Platforms still send their own "allowed mentions: none" as the second guard.
/// </summary>
public static class MentionSanitizer
{
    private const char ZeroWidthSpace = '\u200B';

    private static readonly SearchValues<char> Triggers = SearchValues.Create("@<");

    private static readonly string[] Broadcasts = ["everyone", "here", "channel"];

    /// <summary>One pass over the text; answers are sanitized on every render, so this stays cheap.</summary>
    public static string Neutralize(string text)
    {
        var span = text.AsSpan();
        StringBuilder? safe = null;
        var copied = 0;
        for (var at = span.IndexOfAny(Triggers); at >= 0; at = Next(span, at))
        {
            if (IsMention(span, at))
            {
                // Break right after the trigger character: "<\u200B@123>", "@\u200Beveryone".
                safe ??= new StringBuilder(text.Length + 8);
                safe.Append(span[copied..(at + 1)]).Append(ZeroWidthSpace);
                copied = at + 1;
            }
        }

        return safe is null ? text : safe.Append(span[copied..]).ToString();
    }

    private static int Next(ReadOnlySpan<char> text, int at)
    {
        var rest = text[(at + 1)..].IndexOfAny(Triggers);
        return rest < 0 ? -1 : at + 1 + rest;
    }

    private static bool IsMention(ReadOnlySpan<char> text, int at)
    {
        var rest = text[(at + 1)..];
        if (text[at] == '<')
        {
            return rest.Length > 0 && rest[0] is '@' or '!' or '#';
        }

        foreach (var word in Broadcasts)
        {
            if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
