using DealBot.Chat.Rendering;

namespace DealBot.Discord.Rendering;

/// <summary>Discord's message and embed limits (docs: resources/message, "Embed Limits").</summary>
internal static class DiscordLimits
{
    public const int Content = 2000;
    public const int EmbedTitle = 256;
    public const int EmbedDescription = 4096;
    public const int EmbedFields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int FooterText = 2048;

    /// <summary>Title, description, field names and values and footer text of all embeds together.</summary>
    public const int EmbedTotal = 6000;

    public const int AutocompleteChoices = 25;
    public const int ChoiceText = 100;

    /// <summary>Cuts <paramref name="text"/> to <paramref name="max"/> characters at a word, ending with "…" (see <see cref="TextFit.Cut"/>).</summary>
    public static string Truncate(string text, int max) => TextFit.Cut(text, max);
}
