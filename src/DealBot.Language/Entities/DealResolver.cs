using DealBot.Core.Catalog;
using DealBot.Language.Tokens;
using DealBot.Language.Vocabulary;

namespace DealBot.Language.Entities;

/// <summary>
/// Finds the companies, deals and hardware a question names — by alias, across tokens ("TPU v5p"),
/// with plurals ("H100s") and typos ("antropic", "oracel") — and picks the catalog deals meant.
/// </summary>
internal sealed class DealResolver
{
    // Aliases are single words or short phrases; "amazon web services" is the longest kind.
    private const int MaxPhraseTokens = 3;
    private const int MaxKeyLength = 64;

    private readonly AliasTable _aliases;
    private readonly int[] _buyers;
    private readonly int[] _sellers;

    public DealResolver(DealCatalog catalog)
    {
        _aliases = new AliasTable(catalog);
        var companyIndex = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < catalog.Companies.Count; i++)
        {
            companyIndex.TryAdd(catalog.Companies[i].Id, i);
        }

        _buyers = [.. catalog.Deals.Select(d => companyIndex.GetValueOrDefault(d.Buyer, -1))];
        _sellers = [.. catalog.Deals.Select(d => companyIndex.GetValueOrDefault(d.Seller, -1))];
    }

    public AliasTable Aliases => _aliases;

    /// <summary>Marks each word that names a catalog entry; the later words of a phrase alias are marked used.</summary>
    public void Tag(ref Sentence s)
    {
        Span<char> key = stackalloc char[MaxKeyLength];
        for (var i = 0; i < s.Count; i++)
        {
            if (s.Tokens[i].Kind != TokenKind.Word || s.Tokens[i].Used)
            {
                continue;
            }

            var text = s.TextOf(i);
            if (_aliases.StartsPhrase(text) && TryPhrase(ref s, i, key, out var phrase, out var last))
            {
                Mark(ref s, i, phrase);
                s.Use(i + 1, last + 1);
                i = last;
            }
            else if (_aliases.TryExact(text, out var entity)
                || (text.Length > 3 && text[^1] == 's' && _aliases.TryExact(text[..^1], out entity))
                || (s.Tokens[i].Word == Word.None && IsLetters(text) && _aliases.TryFuzzy(text, out entity)))
            {
                Mark(ref s, i, entity);
            }
        }
    }

    /// <summary>
    /// The deals meant: each deal alias; then each pair of named companies that are buyer and seller of a deal
    /// (first in catalog order); then, for a company named alone, the first deal it is party to.
    /// </summary>
    public void Pick(ref Sentence s, ref DealPicks picks, out int hardware)
    {
        hardware = -1;
        Span<int> companies = stackalloc int[DealPicks.Capacity];
        var companyCount = 0;
        for (var i = 0; i < s.Count; i++)
        {
            var entity = s.Tokens[i].Entity;
            switch (entity.Kind)
            {
                case EntityKind.Deal:
                    picks.Add(entity.Index);
                    break;
                case EntityKind.Company when companyCount < companies.Length && !companies[..companyCount].Contains(entity.Index):
                    companies[companyCount++] = entity.Index;
                    break;
                case EntityKind.Hardware when hardware < 0:
                    hardware = entity.Index;
                    break;
            }
        }

        PickCompanies(companies[..companyCount], ref picks);
    }

    private void PickCompanies(Span<int> companies, ref DealPicks picks)
    {
        Span<bool> placed = stackalloc bool[companies.Length];
        for (var a = 0; a < companies.Length; a++)
        {
            placed[a] |= IsPartyToPick(companies[a], ref picks);
            for (var deal = 0; deal < _buyers.Length && !placed[a]; deal++)
            {
                var other = _buyers[deal] == companies[a] ? _sellers[deal] : _sellers[deal] == companies[a] ? _buyers[deal] : -1;
                var b = other < 0 ? -1 : companies.IndexOf(other);
                if (b >= 0 && b != a && !placed[b])
                {
                    picks.Add(deal);
                    placed[a] = placed[b] = true;
                }
            }
        }

        for (var a = 0; a < companies.Length; a++)
        {
            if (!placed[a] && !IsPartyToPick(companies[a], ref picks))
            {
                PickFirstWith(companies[a], ref picks);
            }
        }
    }

    private void PickFirstWith(int company, ref DealPicks picks)
    {
        for (var deal = 0; deal < _buyers.Length; deal++)
        {
            if ((_buyers[deal] == company || _sellers[deal] == company) && !picks.Contains(deal))
            {
                picks.Add(deal);
                return;
            }
        }
    }

    private bool IsPartyToPick(int company, ref DealPicks picks)
    {
        for (var i = 0; i < picks.Count; i++)
        {
            if (_buyers[picks[i]] == company || _sellers[picks[i]] == company)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest alias made of the tokens from <paramref name="start"/>, ignoring hyphens ("tpu-v5p").</summary>
    private bool TryPhrase(ref Sentence s, int start, scoped Span<char> key, out EntityRef entity, out int last)
    {
        (entity, last) = (default, start);
        var length = 0;
        var parts = 0;
        var found = false;
        for (var i = start; i < s.Count && parts < MaxPhraseTokens; i++)
        {
            if (s.IsDash(i) && i > start)
            {
                continue;
            }

            if (!s.IsFree(i) || s.Tokens[i].Kind == TokenKind.Symbol || length + s.Tokens[i].Length > key.Length)
            {
                break;
            }

            s.TextOf(i).CopyTo(key[length..]);
            length += s.Tokens[i].Length;
            parts++;
            if (_aliases.TryExact(key[..length], out var candidate) || TrySingular(key[..length], out candidate))
            {
                (entity, last, found) = (candidate, i, true);
            }
        }

        return found && last > start;
    }

    private bool TrySingular(ReadOnlySpan<char> key, out EntityRef entity)
    {
        entity = default;
        return key.Length > 3 && key[^1] == 's' && _aliases.TryExact(key[..^1], out entity);
    }

    private static void Mark(ref Sentence s, int i, EntityRef entity)
    {
        s.Tokens[i].Entity = entity;
        s.Tokens[i].Word = Word.None;
    }

    private static bool IsLetters(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
