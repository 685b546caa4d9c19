using DealBot.Core.Catalog;
using DealBot.Discord.Json;
using DealBot.Discord.Rendering;

namespace DealBot.Discord.Commands;

/// <summary>
/// Deal names for autocomplete: every word typed must appear in the deal's name, id or aliases (ignoring case and
/// punctuation, so "anthropic xai" finds "Anthropic–xAI"); names starting with the text come first, then catalog
/// order (best-known first). The value sent back is the catalog id, which the question parser understands.
/// </summary>
internal sealed class DealAutocomplete(DealCatalog catalog)
{
    private readonly (Deal Deal, string Name, string Haystack)[] _deals = catalog.Deals
        .Select(d => (d, Normalize(d.Name), Normalize(string.Join(' ', [d.Name, d.Id, .. d.Aliases]))))
        .ToArray();

    public List<JsonCommandChoice> Suggest(string? typed)
    {
        var text = Normalize(typed ?? "");
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return _deals
            .Select((d, index) => (d.Deal, d.Name, d.Haystack, Index: index))
            .Where(d => words.All(w => d.Haystack.Contains(w, StringComparison.Ordinal)))
            .OrderBy(d => text.Length > 0 && d.Name.StartsWith(text, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(d => d.Index)
            .Take(DiscordLimits.AutocompleteChoices)
            .Select(d => new JsonCommandChoice
            {
                Name = DiscordLimits.Truncate(d.Deal.Name, DiscordLimits.ChoiceText),
                Value = DiscordLimits.Truncate(d.Deal.Id, DiscordLimits.ChoiceText),
            })
            .ToList();
    }

    /// <summary>Lower case, letters and digits only, single spaces.</summary>
    private static string Normalize(string text)
    {
        var chars = text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray();
        return string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
