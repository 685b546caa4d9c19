using DealBot.Core.Catalog;

namespace DealBot.Language.Entities;

/// <summary>
/// A deal named by a program rather than in a question: by its id, its name ("Anthropic–xAI") or one of its aliases,
/// and when none matches, the closest names to offer instead.
/// </summary>
public static class DealNames
{
    /// <summary>Suggestions further away than this many edits are not the name meant.</summary>
    private const int MaxEdits = 12;

    /// <summary>The deal <paramref name="name"/> names exactly (ignoring case, dashes and spaces), or null.</summary>
    public static Deal? Find(DealCatalog catalog, string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var key = Key(name);
        return catalog.FindDeal(name.Trim()) ?? catalog.Deals.FirstOrDefault(d => NamesOf(d).Any(n => Key(n) == key));
    }

    /// <summary>The names of the <paramref name="count"/> deals closest to <paramref name="name"/>, closest first.</summary>
    public static IReadOnlyList<string> Closest(DealCatalog catalog, string? name, int count = 3)
    {
        var key = Key(name ?? "");
        return catalog.Deals
            .Select(d => (Deal: d, Edits: NamesOf(d).Min(n => EditDistance.Distance(key, Key(n), MaxEdits))))
            .OrderBy(x => x.Edits)
            .Take(count)
            .Select(x => $"{x.Deal.Name} ({x.Deal.Id})")
            .ToList();
    }

    private static IEnumerable<string> NamesOf(Deal deal) => [deal.Id, deal.Name, .. deal.Aliases];

    /// <summary>"Anthropic–xAI", "anthropic-xai" and "anthropic xai" are one name.</summary>
    private static string Key(string name) =>
        new(name.Trim().ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
}
