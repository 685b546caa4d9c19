using System.Collections.Frozen;
using System.Globalization;
using DealBot.Core.Catalog;
using DealBot.Language.Tokens;
using DealBot.Language.Vocabulary;

namespace DealBot.Language.Entities;

/// <summary>Picks the catalog deals a question means from the deals, companies and hardware it names.</summary>
internal sealed class DealPicker
{
    // A mention's deal before it is known, and the mark of a mention explained by another's deal.
    private const int Unresolved = -1;
    private const int Covered = -2;
    private const int Ambiguous = -3;

    // Two mentions further apart than this are not one pair ("X pays Y", "X's deal with Y", "X and Y").
    private const int PairReach = 4;

    private readonly int[] _buyers;
    private readonly int[] _sellers;
    private readonly bool[] _buys;
    private readonly bool[] _sells;
    private readonly FrozenDictionary<string, int> _dealIndex;
    private readonly int _defaultDeal;
    private readonly DealCatalog _catalog;

    // Per deal, the words of its name that name no company ("TPUs" in "Anthropic–Google TPUs"): they tell apart
    // two deals between the same pair.
    private readonly string[][] _nameWords;

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
        _defaultDeal = _dealIndex[catalog.DefaultDeal.Id];
        _catalog = catalog;
        _buys = [.. Enumerable.Range(0, catalog.Companies.Count).Select(c => _buyers.Contains(c))];
        _sells = [.. Enumerable.Range(0, catalog.Companies.Count).Select(c => _sellers.Contains(c))];
        var companyWords = catalog.Companies.SelectMany(c => c.Aliases.Append(c.Name)).SelectMany(Words).ToHashSet(StringComparer.Ordinal);
        _nameWords = [.. catalog.Deals.Select(d => Words(d.Name).Where(w => w.Length >= 3 && !companyWords.Contains(w) && w is not ("for" or "data")).Select(Singular).ToArray())];
    }

    private static IEnumerable<string> Words(string text) =>
        new string([.. text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ')]).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string Singular(string word) => word.Length > 3 && word[^1] == 's' ? word[..^1] : word;

    /// <summary>
    /// The deals meant, in the order named: each deal alias; each pair of named companies that are buyer and
    /// seller of a deal (the first in catalog order); for a company named alone, its deal that <see cref="LoneDeal"/>
    /// finds, or none and <paramref name="ambiguous"/> set to the company when it has several deals and nothing tells
    /// them apart ("what does microsoft pay": Microsoft buys from four companies and sells to two).
    /// </summary>
    /// <remarks>
    /// When the question names a pair with no deal between them ("how much does anthropic pay nvidia", "openai and
    /// disney"), no deal is picked and <paramref name="missing"/> says who; <paramref name="pairsAllowed"/> is false
    /// for comparisons, where "xai and oracle" means a deal of each.
    /// </remarks>
    public void Pick(ref Sentence s, ref DealPicks picks, out int hardware, IReadOnlyList<string> context, bool pairsAllowed, out PartyPair missing, out int ambiguous)
    {
        hardware = -1;
        missing = default;
        ambiguous = -1;
        Span<int> companies = stackalloc int[DealPicks.Capacity];
        Span<int> deals = stackalloc int[DealPicks.Capacity];
        Span<int> positions = stackalloc int[DealPicks.Capacity];
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
                (companies[count], deals[count]) = entity.Kind == EntityKind.Deal ? (-1, NamedSibling(ref s, entity.Index)) : (entity.Index, Unresolved);
                positions[count] = i;
                count++;
            }
        }

        PairCompanies(ref s, companies[..count], deals[..count], positions[..count]);
        if (pairsAllowed && (missing = MissingPair(ref s, companies[..count], deals[..count], positions[..count])).IsSet)
        {
            return;
        }

        PlaceLoneCompanies(ref s, companies[..count], deals[..count], positions[..count], context);
        for (var a = 0; a < count; a++)
        {
            if (deals[a] >= 0)
            {
                picks.Add(deals[a]);
            }
            else if (deals[a] == Ambiguous && ambiguous < 0)
            {
                ambiguous = companies[a];
            }
        }
    }

    /// <summary>"meta coreweave (2026)": the name matched the pair's first deal, and the words after it name another.</summary>
    private int NamedSibling(ref Sentence s, int deal)
    {
        for (var other = 0; other < _buyers.Length; other++)
        {
            if (other != deal && _buyers[other] == _buyers[deal] && _sellers[other] == _sellers[deal] && UsesNameOf(ref s, other))
            {
                return other;
            }
        }

        return deal;
    }

    /// <summary>What to tell a user who named a company with several deals and nothing that picks one.</summary>
    public string WhichDealOf(int company)
    {
        var deals = Enumerable.Range(0, _buyers.Length).Where(d => _buyers[d] == company || _sellers[d] == company).Select(d => _catalog.Deals[d].Name).ToList();
        var name = _catalog.Companies[company].Name;
        return string.Format(CultureInfo.InvariantCulture, LanguageMessages.WhichDealOfCompany, name, deals.Count, string.Join(", ", deals), deals[^1]);
    }

    /// <summary>Whether <paramref name="problem"/> is <see cref="WhichDealOf"/>'s question.</summary>
    public static bool AsksWhichDeal(string? problem) => problem is not null && problem.Contains(WhichDealWords, StringComparison.Ordinal);

    /// <summary>The message's words between the deals listed and the example, which no other message has.</summary>
    private static readonly string WhichDealWords = LanguageMessages.WhichDealOfCompany.Split("{2}")[1].Split("{3}")[0];

    /// <summary>"nvidia H100s", "AMD MI300X": the company only says who makes the chip.</summary>
    private static bool NamesMaker(ref Sentence s, int i) =>
        i + 1 < s.Count && s.Tokens[i + 1].Entity.Kind == EntityKind.Hardware;

    /// <summary>
    /// Gives a mention and its partner the deal between them: the first whose name's own words the question uses
    /// ("how many TPUs does anthropic get from google"), else the first. The partner is then <see cref="Covered"/>.
    /// </summary>
    private void PairCompanies(ref Sentence s, scoped Span<int> companies, scoped Span<int> deals, scoped Span<int> positions)
    {
        for (var a = 0; a < companies.Length; a++)
        {
            int first = Unresolved, partner = -1;
            for (var deal = 0; deal < _buyers.Length; deal++)
            {
                var other = OtherParty(deal, companies[a]);
                var b = other < 0 ? -1 : UnresolvedMention(companies, deals, other, a);
                if (b < 0 || Contrasted(ref s, positions[a], positions[b]))
                {
                    continue;
                }

                (first, partner) = first == Unresolved ? (deal, b) : (first, partner);
                if (UsesNameOf(ref s, deal))
                {
                    (first, partner) = (deal, b);
                    break;
                }
            }

            if (partner >= 0)
            {
                (deals[a], deals[partner]) = (first, Covered);
            }
        }
    }

    /// <summary>"xai's fee … than google", "xai vs google", "xai minus google xai": two mentions set against or added to each other are no pair.</summary>
    private static bool Contrasted(ref Sentence s, int one, int other)
    {
        for (var i = Math.Min(one, other) + 1; i < Math.Max(one, other); i++)
        {
            if (s.TextOf(i) is "than" or "vs" or "versus" or "against" or "compared" or "minus" or "plus" or "+" or "equal" or "equals" or "match"
                || Intents.Phrases.OverDealAt(ref s, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"meta coreweave 2026": whether a deal picked has <paramref name="year"/> in its name.</summary>
    public bool NamesYear(in DealPicks deals, int year)
    {
        var text = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < deals.Count; i++)
        {
            if (Array.IndexOf(_nameWords[deals[i]], text) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private bool UsesNameOf(ref Sentence s, int deal)
    {
        var words = _nameWords[deal];
        for (var i = 0; i < s.Count && words.Length > 0; i++)
        {
            // "Meta–CoreWeave (2026)": a year in the name tells it from the pair's other deal, though a window reader may
            // have read it as a year too.
            if (!(s.IsFree(i) ? s.Tokens[i].Kind is TokenKind.Word or TokenKind.Number : s.Tokens[i].Kind == TokenKind.Number) || !s.Tokens[i].Entity.IsNone)
            {
                continue;
            }

            var text = s.TextOf(i);
            foreach (var word in words)
            {
                // "tpu" and "tpus" both name "Anthropic–Google TPUs".
                if (text.SequenceEqual(word) || (text.Length == word.Length + 1 && text[^1] == 's' && text.StartsWith(word)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void PlaceLoneCompanies(ref Sentence s, scoped Span<int> companies, scoped Span<int> deals, scoped Span<int> positions, IReadOnlyList<string> context)
    {
        for (var a = 0; a < companies.Length; a++)
        {
            if (deals[a] == Unresolved)
            {
                // "xai and google xai", "google's fee … than xai": a mention listed beside, or set against, a deal it is party
                // to names a deal of its own.
                deals[a] = IsPartyTo(companies[a], deals) && !Listed(ref s, positions[a]) && !SetAgainstAnother(ref s, positions, a)
                    ? Covered : LoneDeal(ref s, companies[a], RoleOf(ref s, positions[a]), deals, context);
            }
        }

        // "nebius vs iren": Nebius has two deals, and the one with Microsoft, IREN's partner, is meant.
        for (var a = 0; a < companies.Length; a++)
        {
            if (deals[a] == Ambiguous && DealBesideChosen(companies[a], deals) is var beside and >= 0)
            {
                deals[a] = beside;
            }
        }
    }

    /// <summary>The company on the other side of <paramref name="deal"/> from <paramref name="company"/>, or -1 when it is no party.</summary>
    private int OtherParty(int deal, int company) =>
        _buyers[deal] == company ? _sellers[deal] : _sellers[deal] == company ? _buyers[deal] : -1;

    private static bool SetAgainstAnother(ref Sentence s, scoped Span<int> positions, int a)
    {
        for (var b = 0; b < positions.Length; b++)
        {
            if (b != a && Contrasted(ref s, positions[a], positions[b]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A list word after the mention at <paramref name="at"/>: "and", "or", "plus", "vs", "+", "&amp;".</summary>
    private static bool Listed(ref Sentence s, int at) =>
        at + 1 < s.Count && (s.TextOf(at + 1) is "and" or "or" or "plus" or "vs" or "versus" or "+" or "&");

    /// <summary>
    /// The first deal of <paramref name="company"/> whose other party is a party to a deal already chosen, or -1: one
    /// pair's deals come in catalog order, as for a named pair.
    /// </summary>
    private int DealBesideChosen(int company, scoped Span<int> chosen)
    {
        for (var deal = 0; deal < _buyers.Length; deal++)
        {
            var other = OtherParty(deal, company);
            if (other >= 0 && !chosen.Contains(deal) && IsPartyTo(other, chosen))
            {
                return deal;
            }
        }

        return -1;
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

    /// <summary>
    /// The deal a company named alone means: of its deals not chosen yet, and of those only where it pays when the
    /// words say so ("how much is xai paying" is Google–xAI) or where it is paid ("what does oracle charge"): the one
    /// whose name's own words the question uses ("google tpus"), else one with a party of <paramref name="context"/>
    /// (the previous question's deals, so "and nebius?" after Microsoft–IREN means Microsoft–Nebius), else the
    /// default deal, else its only deal; otherwise <see cref="Ambiguous"/>. A role it has in no deal is not held against
    /// it ("what does xai pay" is still about xAI's deals).
    /// </summary>
    private int LoneDeal(ref Sentence s, int company, int role, scoped Span<int> chosen, IReadOnlyList<string> context)
    {
        int only = Covered, named = Covered, inContext = Covered, candidates = 0;
        var hasDefault = false;
        for (var deal = 0; deal < _buyers.Length; deal++)
        {
            var buys = _buyers[deal] == company;
            if ((!buys && _sellers[deal] != company) || chosen.Contains(deal) || (role > 0 && !buys) || (role < 0 && buys))
            {
                continue;
            }

            candidates++;
            only = deal;
            hasDefault |= deal == _defaultDeal;
            // Name words shared by two of its deals ("cloud" in Anthropic–Google Cloud and Meta–Google Cloud) pick neither.
            named = !UsesNameOf(ref s, deal) ? named : named == Covered ? deal : Ambiguous;
            inContext = inContext == Covered && IsPartyToAny(OtherParty(deal, company), context) ? deal : inContext;
        }

        return named >= 0 ? named
            : inContext != Covered ? inContext
            : hasDefault ? _defaultDeal
            : candidates == 1 ? only
            : candidates == 0 ? (role == 0 ? Covered : LoneDeal(ref s, company, 0, chosen, context))
            : Ambiguous;
    }

    /// <summary>
    /// +1 when the words around a company's mention say it is the customer ("microsoft pays", "is xai paying",
    /// "google's deal", "if google got 150k GPUs"), -1 when it is paid ("oracle charges", "what does coreweave earn"),
    /// else 0.
    /// </summary>
    private static int RoleOf(ref Sentence s, int at)
    {
        // The tokenizer skips a possessive "'s", so it is read from the text.
        var end = s.Tokens[at].Start + s.Tokens[at].Length;
        if (end + 1 < s.Text.Length && s.Text[end] is '\'' or '’' && s.Text[end + 1] == 's')
        {
            return 1;
        }

        // "the weekly fee for google", "the bill for meta": the one the fee is for pays it.
        if (at >= 2 && s.TextOf(at - 1) is "for" && (s.IsWord(at - 2, Word.Fee) || s.TextOf(at - 2) is "bill" or "payment" or "payments" or "cost" or "price"))
        {
            return 1;
        }

        var next = at + 1;
        if (next < s.Count && s.Tokens[next].Kind == TokenKind.Word && s.TextOf(next) is "be" or "been" or "is" or "really" or "actually" or "currently" or "would" or "will")
        {
            next++;
        }

        if (next >= s.Count || s.Tokens[next].Kind != TokenKind.Word)
        {
            return 0;
        }

        var paid = next + 1 < s.Count && s.TextOf(next + 1) is "paid";
        return s.TextOf(next) switch
        {
            "get" or "gets" or "got" or "getting" when paid => -1,
            "pay" or "pays" or "paying" or "paid" or "spend" or "spends" or "spending" or "spent" or "owe" or "owes" or "owed"
                or "get" or "gets" or "got" or "getting" or "have" or "has" or "had" or "save" or "saves" or "saved" or "saving"
                or "rent" or "rents" or "rented" or "renting" or "buy" or "buys" or "bought" or "buying"
                or "lease" or "leases" or "leased" or "leasing" => 1,
            "charge" or "charges" or "charging" or "charged" or "earn" or "earns" or "earning" or "earned" or "receive" or "receives"
                or "receiving" or "received" or "bill" or "bills" or "billing" or "billed" => -1,
            _ => 0,
        };
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

    /// <summary>
    /// A pair named with no deal between them, when no deal was named otherwise: two companies that could trade
    /// (one buys and the other sells somewhere in the catalog) or that the words join ("X pays Y", "X's deal with Y");
    /// or one company joined to a word the catalog does not know ("openai and disney", "what does disney pay openai").
    /// </summary>
    private PartyPair MissingPair(ref Sentence s, scoped Span<int> companies, scoped Span<int> deals, scoped Span<int> positions)
    {
        int first = -1, second = -1;
        for (var a = 0; a < companies.Length; a++)
        {
            if (deals[a] != Unresolved)
            {
                return default;
            }

            if (first < 0)
            {
                first = a;
            }
            else if (companies[a] != companies[first])
            {
                if (second >= 0 && companies[a] != companies[second])
                {
                    return default;
                }

                second = a;
            }
        }

        if (first < 0)
        {
            return default;
        }

        if (second >= 0)
        {
            var (a, b) = (companies[first], companies[second]);
            var joined = positions[second] - positions[first] <= PairReach && Joined(ref s, positions[first] + 1, positions[second], strong: true);
            if (!joined && !CouldTrade(a, b))
            {
                return default;
            }

            // The buyer first when the roles say so: "what does nvidia get from anthropic" is Anthropic–Nvidia.
            var buyerSecond = (!_buys[a] && _buys[b]) || (_sells[a] && _buys[b] && !_sells[b]);
            return buyerSecond ? new PartyPair(true, b, a, -1) : new PartyPair(true, a, b, -1);
        }

        var unknown = UnknownPartner(ref s, positions[first]);
        return unknown < 0 ? default : unknown < positions[first] ? new PartyPair(true, -1, companies[first], unknown) : new PartyPair(true, companies[first], -1, unknown);
    }

    private bool CouldTrade(int a, int b) => (_buys[a] && _sells[b]) || (_sells[a] && _buys[b]);

    /// <summary>A word the catalog and vocabulary do not know, joined to the mention at <paramref name="at"/> by pair words.</summary>
    private static int UnknownPartner(ref Sentence s, int at)
    {
        for (var q = at + 2; q <= at + PairReach && q < s.Count; q++)
        {
            if (IsUnknownName(ref s, q) && Joined(ref s, at + 1, q, strong: false))
            {
                return q;
            }
        }

        for (var q = at - 2; q >= at - PairReach && q >= 0; q--)
        {
            if (IsUnknownName(ref s, q) && Joined(ref s, q + 1, at, strong: false))
            {
                return q;
            }
        }

        // Two names side by side before "deal" name its parties: "apple xai deal" is no deal of xAI's I know.
        var beforeDeal = s.IsWord(at + 1, Word.Deal) || s.IsText(at + 1, "contract");
        return beforeDeal && at > 0 && IsUnknownName(ref s, at - 1) ? at - 1 : -1;
    }

    private static bool IsUnknownName(ref Sentence s, int i)
    {
        ref readonly var token = ref s.Tokens[i];
        if (token.Kind != TokenKind.Word || token.Word != Word.None || !token.Entity.IsNone || token.Used || token.Length < 3)
        {
            return false;
        }

        // "for xai to reach $20B": a word before an amount is a verb, not a company.
        if (i + 1 < s.Count && (s.Tokens[i + 1].Kind == TokenKind.Number || (s.Tokens[i + 1].Kind == TokenKind.Symbol && s.Tokens[i + 1].Symbol == '$')))
        {
            return false;
        }

        foreach (var c in s.TextOf(i))
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the tokens in [<paramref name="from"/>, <paramref name="to"/>) join two parties: only pair words
    /// ("pay", "with", "x", "from", "to"; "deal" when <paramref name="strong"/>, "and" when not; "the", "a", "'s" and a weak
    /// "deal" in between),
    /// and at least one of them.
    /// </summary>
    private static bool Joined(ref Sentence s, int from, int to, bool strong)
    {
        var link = false;
        for (var i = from; i < to; i++)
        {
            ref readonly var token = ref s.Tokens[i];
            if (token.Kind == TokenKind.Symbol && token.Symbol == '\'')
            {
                continue;
            }

            var word = token.Kind == TokenKind.Word ? token.Word : Word.None;
            // "the oracle deal draw": beside an unknown word "deal" is followed by a verb more often than by a company.
            if (word is Word.Pay or Word.From or Word.To || (word == Word.Deal && strong) || (word == Word.And && !strong) || s.TextOf(i).SequenceEqual("with") || s.TextOf(i).SequenceEqual("x"))
            {
                link = true;
            }
            else if (word is not (Word.The or Word.A or Word.Deal))
            {
                return false;
            }
        }

        return link;
    }
}
