namespace DealBot.Chat.Rendering;

/// <summary>
/// How a chat surface marks emphasis and links; the answer layout is the same everywhere. A style without
/// <see cref="Link"/> is a surface that shows no links (the console): URLs go on a line of their own there.
/// </summary>
public sealed record TextStyle(Func<string, string> Bold, Func<string, string, string>? Link, string Bullet)
{
    public static TextStyle Plain { get; } = new(s => s, null, "- ");

    /// <summary>CommonMark, as Discord renders it.</summary>
    public static TextStyle Markdown { get; } = new(s => $"**{s}**", (title, url) => $"[{title}](<{url}>)", "- ");
}
