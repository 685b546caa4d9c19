using DealBot.Chat.Safety;

namespace DealBot.Slack.Formatting;

/// <summary>
/// Slack's mrkdwn control characters. Slack reads <c>&lt;…&gt;</c> as mentions and links, so any text that came from a
/// user or an answer has exactly <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> escaped (nothing else: Slack would show other
/// entities literally); then <see cref="MentionSanitizer"/> breaks bare <c>@here</c>-style words as a second guard.
/// </summary>
public static class Mrkdwn
{
    /// <summary>Escapes the three control characters, so no &lt;!channel&gt;, &lt;!here&gt; or &lt;@U…&gt; can be formed.</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny('&', '<', '>') < 0)
        {
            return text;
        }

        return text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
    }

    /// <summary>Escaped and mention-neutralized: the form every piece of outside text takes before it is sent.</summary>
    public static string Safe(string text) => MentionSanitizer.Neutralize(Escape(text));

    /// <summary>
    /// Slack delivers user text with the three characters escaped; the parser wants what the user typed.
    /// Mentions and links (&lt;@U1&gt;, &lt;https://…|x&gt;) arrive unescaped and stay as they are.
    /// </summary>
    public static string Unescape(string text)
    {
        if (text.IndexOf('&') < 0)
        {
            return text;
        }

        return text.Replace("&lt;", "<", StringComparison.Ordinal)
            .Replace("&gt;", ">", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal);
    }

    /// <summary>A link; the label is escaped, the URL made unable to close the link early.</summary>
    public static string Link(string url, string escapedLabel) =>
        $"<{Escape(url).Replace("|", "%7C", StringComparison.Ordinal)}|{escapedLabel}>";
}
