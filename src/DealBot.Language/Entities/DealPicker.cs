using System.Collections.Frozen;
using DealBot.Core.Catalog;
using DealBot.Language.Tokens;

namespace DealBot.Language.Entities;

/// <summary>Picks the catalog deals a question means from the deals, companies and hardware it names.</summary>
internal sealed class DealPicker
{
    // A mention's deal before it is known, and the mark of a mention explained by another's deal.
    private const int Unresolved = -1;
    private const int Covered = -2;

    private readonly int[] _buyers;
    private readonly int[] _sellers;
    private readonly FrozenDictionary<string, int> _dealIndex;

    public DealPicker(DealCatalog catalog)
    {
        var companyIndex = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < catalog.Companies.Count; i++)
        {
            companyIndex.TryAdd(catalog.Companies[i].Id, i);
        }

        _buyers = [.. catalog.Deals.Select(d => companyIndex.GetValueOrDefault(d.Buyer, -1))];
        _sellers = [.. catalog.Deals.Select(d => companyIndex.GetValueOrDefault(d.Seller, -1))];
        _dealIndex = catalog.Deals.Select((d, i) => (d.Id, i)).ToFrozenDictionary(e => e.Id, e => e.i, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The deals meant, in the order named: each deal alias; each pair of named companies that are buyer and
    /// seller of a deal (the first in catalog order); for a company named alone, the first deal it is party to,
    /// preferring one with a party of <paramref name="context"/> (the previous question's deals), so "and nebius?"
    /// after Microsoft–IREN means Microsoft–Nebius.
    /// </summary>
    public void Pick(ref Sentence s, ref DealPicks picks, out int hardware, IReadOnlyList<string> context)
    {
        hardware = -1;
        Span<int> companies = stackalloc int[DealPicks.Capacity];
        Span<int> deals = stackalloc int[DealPicks.Capacity];
        var count = 0;
        for (var i = 0; i < s.Count && count < companies.Length; i++)
        {
            var entity = s.Tokens[i].Entity;
            if (entity.Kind == EntityKind.Hardware)
            {
                hardware = hardware < 0 ? entity.Index : hardware;
            }
            else if (entity.Kind == EntityKind.Deal || (entity.Kind == EntityKind.Company && !NamesMaker(ref s, i)))
            {
                // Repeats count: "anthropic xai vs google xai" pairs xAI twice.
                (companies[count], deals[count]) = entity.Kind == EntityKind.Deal ? (-1, entity.Index) : (entity.Index, Unresolved);
                count++;
            }
        }

        PairCompanies(companies[..count], deals[..count]);
        PlaceLoneCompanies(companies[..count], deals[..count], context);
        foreach (var deal in deals[..count])
        {
            if (deal >= 0)
            {
                picks.Add(deal);
            }
        }
    }

    /// <summary>"nvidia H100s", "AMD MI300X": the company only says who makes the chip.</summary>
    private static bool NamesMaker(ref Sentence s, int i) =>
        i + 1 < s.Count && s.Tokens[i + 1].Entity.Kind == EntityKind.Hardware;

    /// <summary>Gives a mention and its partner the first deal between them; the partner is then <see cref="Covered"/>.</summary>
    private void PairCompanies(Span<int> companies, Span<int> deals)
    {
        for (var a = 0; a < companies.Length; a++)
        {
            for (var deal = 0; deal < _buyers.Length && deals[a] == Unresolved; deal++)
            {
                var other = _buyers[deal] == companies[a] ? _sellers[deal] : _sellers[deal] == companies[a] ? _buyers[deal] : -1;
                var b = other < 0 ? -1 : UnresolvedMention(companies, deals, other, a);
                if (b >= 0)
                {
                    (deals[a], deals[b]) = (deal, Covered);
                }
            }
        }
    }

    private void PlaceLoneCompanies(Span<int> companies, Span<int> deals, IReadOnlyList<string> context)
    {
        for (var a = 0; a < companies.Length; a++)
        {
            if (deals[a] == Unresolved)
            {
                deals[a] = IsPartyTo(companies[a], deals) ? Covered : FirstDealWith(companies[a], deals, context);
            }
        }
    }

    private static int UnresolvedMention(Span<int> companies, Span<int> deals, int company, int except)
    {
        for (var b = 0; b < companies.Length; b++)
        {
            if (b != except && deals[b] == Unresolved && companies[b] == company)
            {
                return b;
            }
        }

        return -1;
    }

    private int FirstDealWith(int company, Span<int> chosen, IReadOnlyList<string> context)
    {
        var first = Covered;
        for (var deal = 0; deal < _buyers.Length; deal++)
        {
            var other = _buyers[deal] == company ? _sellers[deal] : _sellers[deal] == company ? _buyers[deal] : -2;
            if (other == -2 || chosen.Contains(deal))
            {
                continue;
            }

            if (IsPartyToAny(other, context))
            {
                return deal;
            }

            first = first < 0 ? deal : first;
        }

        return first;
    }

    private bool IsPartyToAny(int company, IReadOnlyList<string> dealIds)
    {
        for (var i = 0; i < dealIds.Count; i++)
        {
            if (_dealIndex.TryGetValue(dealIds[i], out var deal) && (_buyers[deal] == company || _sellers[deal] == company))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsPartyTo(int company, Span<int> deals)
    {
        foreach (var deal in deals)
        {
            if (deal >= 0 && (_buyers[deal] == company || _sellers[deal] == company))
            {
                return true;
            }
        }

        return false;
    }
}
