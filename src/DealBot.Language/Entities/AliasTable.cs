using System.Collections.Frozen;
using DealBot.Core.Catalog;

namespace DealBot.Language.Entities;

/// <summary>
/// The words that name catalog entries, normalised to lower-case letters and digits ("TPU v5p" → "tpuv5p"),
/// for exact lookup by span and for typo-tolerant lookup of single words.
/// </summary>
internal sealed class AliasTable
{
    /// <summary>Shorter words are not fuzzy-matched: "meta" is one typo from "metal" and "beta".</summary>
    private const int MinFuzzyLength = 5;

    private const int MinLongLength = 8;

    private readonly FrozenDictionary<string, EntityRef>.AlternateLookup<ReadOnlySpan<char>> _exact;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _phraseStarts;
    private readonly FuzzyAliases _fuzzy;

    public AliasTable(DealCatalog catalog)
    {
        var exact = new Dictionary<string, EntityRef>(StringComparer.Ordinal);
        var starts = new HashSet<string>(StringComparer.Ordinal);

        // Deals first, then companies, then hardware: a word that names a deal means the deal.
        for (var i = 0; i < catalog.Deals.Count; i++)
        {
            var deal = catalog.Deals[i];
            AddAll(exact, starts, new EntityRef(EntityKind.Deal, i), [deal.Id, .. deal.Aliases]);
        }

        for (var i = 0; i < catalog.Companies.Count; i++)
        {
            var company = catalog.Companies[i];
            AddAll(exact, starts, new EntityRef(EntityKind.Company, i), [company.Id, company.Name, .. company.Aliases]);
        }

        for (var i = 0; i < catalog.HardwareList.Count; i++)
        {
            var hardware = catalog.HardwareList[i];
            AddAll(exact, starts, new EntityRef(EntityKind.Hardware, i), [hardware.Id, hardware.Name, .. hardware.Aliases]);
        }

        _exact = exact.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _phraseStarts = starts.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        // Aliases with digits ("h100", "h200") are one keystroke apart by design, so they are never guessed at.
        _fuzzy = new FuzzyAliases(exact.Where(e => e.Key.Length >= MinFuzzyLength - 1 && e.Key.All(char.IsLetter)));
    }

    public bool TryExact(ReadOnlySpan<char> key, out EntityRef entity) => _exact.TryGetValue(key, out entity);

    /// <summary>Whether an alias of several words ("google cloud", "tpu v5p", "trainium 2") starts with <paramref name="word"/>.</summary>
    public bool StartsPhrase(ReadOnlySpan<char> word) => _phraseStarts.Contains(word);

    /// <summary>The alias one typo away (two for long words): "antropic", "oracel".</summary>
    public bool TryFuzzy(ReadOnlySpan<char> word, out EntityRef entity) =>
        _fuzzy.TryFind(word, word.Length >= MinLongLength ? 2 : word.Length >= MinFuzzyLength ? 1 : 0, MinFuzzyLength, out entity, out _);

    /// <summary>A looser match, only for "did you mean" suggestions when a question was not understood.</summary>
    public string? NearMiss(ReadOnlySpan<char> word)
    {
        var bound = word.Length >= MinLongLength ? 3 : word.Length >= MinFuzzyLength ? 2 : word.Length >= 4 ? 1 : 0;
        return _fuzzy.TryFind(word, bound, MinFuzzyLength - 1, out _, out var alias) ? alias : null;
    }

    private static void AddAll(Dictionary<string, EntityRef> exact, HashSet<string> starts, EntityRef entity, string[] names)
    {
        foreach (var name in names)
        {
            var key = Normalise(name);
            if (key.Length > 0)
            {
                exact.TryAdd(key, entity);
                AddPhraseStart(starts, name);
            }
        }
    }

    /// <summary>Records the first word of an alias that people may type as several tokens ("gb200" as "GB 200").</summary>
    private static void AddPhraseStart(HashSet<string> starts, string name)
    {
        var lower = name.ToLowerInvariant();
        var end = 0;
        while (end < lower.Length && char.IsLetter(lower[end]))
        {
            end++;
        }

        if (end > 0 && end < lower.Length)
        {
            starts.Add(lower[..end]);
        }
    }

    public static string Normalise(string text) =>
        string.Concat(text.ToLowerInvariant().Where(char.IsLetterOrDigit));
}
