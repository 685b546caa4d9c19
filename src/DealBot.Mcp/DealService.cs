using DealBot.Chat;
using DealBot.Chat.Conversations;
using DealBot.Core.Answers;
using DealBot.Core.Catalog;
using DealBot.Core.Quantities;
using DealBot.Core.Queries;
using DealBot.Core.Units;
using DealBot.Language.Composition;
using DealBot.Language.Entities;

namespace DealBot.Mcp;

/// <summary>
/// What the MCP tools and the HTTP API do, over the same core as the chat platforms: free-text questions through
/// the chat engine, and structured requests built straight into <see cref="DealQuery"/>s for the answerer, so a
/// program never has to phrase a question. Parameters that cannot be used throw <see cref="DealInputException"/>.
/// </summary>
public sealed class DealService(ChatEngine engine, Answerer answerer, TimeProvider clock)
{
    /// <summary>The platform name in conversation keys, so a tool's conversations never meet a chat platform's.</summary>
    public const string Platform = "mcp";

    /// <summary>Ids are the caller's names for its conversations (a GUID, a thread id), not text: stores key on them.</summary>
    public const int MaxConversationLength = 128;

    /// <summary>The unit costs a deal's facts give directly; any other unit is composed from the facts.</summary>
    private static readonly (Measure Measure, Unit Unit)[] UnitCosts =
    [
        (Measure.PerMwMonth, Prelude.Usd.Per(Prelude.Megawatt.Times(Prelude.Month))),
        (Measure.PerMwh, Prelude.Usd.Per(Prelude.MegawattHour)),
        (Measure.PerGpuHour, Prelude.Usd.Per(Prelude.Gpu.Times(Prelude.Hour))),
        (Measure.MonthlyCost, Prelude.Usd.Per(Prelude.Month)),
    ];

    public DealCatalog Catalog => answerer.Catalog;

    /// <summary>
    /// A free-text question; with <paramref name="conversation"/>, a follow-up in that conversation. Conversations are
    /// kept per <paramref name="caller"/> (a key's fingerprint), so two callers never share one by choosing one id.
    /// </summary>
    /// <exception cref="DealInputException">The conversation id is longer than <see cref="MaxConversationLength"/>.</exception>
    public ValueTask<Answer> AskAsync(string? question, string? conversation, string caller, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(conversation))
        {
            return ValueTask.FromResult(engine.AskOnce(question));
        }

        return conversation.Length <= MaxConversationLength
            ? engine.AskAsync(new ConversationKey(Platform, conversation, caller), question, cancellationToken: cancellationToken)
            : throw new DealInputException($"A conversation id is at most {MaxConversationLength} characters.");
    }

    /// <summary>The catalog's deals involving <paramref name="party"/> (buyer or seller) with <paramref name="status"/>; null: any.</summary>
    public IReadOnlyList<(Deal Deal, string Status)> ListDeals(string? party, string? status)
    {
        if (status is not null && !DealStatus.All.Contains(status, StringComparer.OrdinalIgnoreCase))
        {
            throw new DealInputException($"Unknown status '{status}'. Statuses: {string.Join(", ", DealStatus.All)}.");
        }

        var companies = string.IsNullOrWhiteSpace(party) ? null : Companies(party.Trim());
        return Catalog.Deals
            .Where(d => companies is null || companies.Contains(d.Buyer) || companies.Contains(d.Seller))
            .Select(d => (Deal: d, Status: StatusOf(d)))
            .Where(x => status is null || string.Equals(x.Status, status, StringComparison.OrdinalIgnoreCase))
            .ToList();
    }

    public string StatusOf(Deal deal) => DealStatus.Of(deal, Today);

    /// <exception cref="DealInputException">No deal has that id, name or alias; the message offers the closest names.</exception>
    public Deal FindDeal(string? name) =>
        DealNames.Find(Catalog, name)
        ?? throw new DealInputException(
            $"Unknown deal '{name}'. Closest: {string.Join(", ", DealNames.Closest(Catalog, name))}. list_deals gives every deal.", notFound: true);

    /// <summary>The deal's overview: its figures, working and sources.</summary>
    public Answer Summary(Deal deal) => Answer(new DealQuery { Kind = QueryKind.Deal, Measure = Measure.Summary, DealIds = [deal.Id] });

    /// <summary>The deal's spend over <paramref name="window"/>.</summary>
    public Answer Cost(Deal deal, Window window) =>
        Answer(new DealQuery { Kind = QueryKind.Deal, Measure = Measure.Total, DealIds = [deal.Id], Window = window });

    /// <summary>The deal's cost per <paramref name="unitText"/> ("MWh", "GPU-hour", "kW-month", "$/MWh").</summary>
    public Answer UnitCost(Deal deal, string? unitText)
    {
        var unit = ReadUnit(unitText, "unit");
        var target = unit.Dimension[BaseDimension.Money] != 0 ? unit : Prelude.Usd.Per(unit);
        if (target.Dimension[BaseDimension.Money] != 1)
        {
            throw new DealInputException($"'{unitText}' is not a unit a cost can be per. Try: MWh, kWh, GPU-hour, MW-month, kW-month, GPU-month, month, year.");
        }

        // Any other unit is composed from the deal's facts, which the monthly fee brings in.
        var direct = Array.FindIndex(UnitCosts, c => c.Unit.Dimension == target.Dimension);
        return Answer(new DealQuery
        {
            Kind = QueryKind.Deal,
            Measure = direct >= 0 ? UnitCosts[direct].Measure : Measure.MonthlyCost,
            DealIds = [deal.Id],
            Target = target,
        });
    }

    /// <summary>The deals side by side on <paramref name="measure"/>.</summary>
    public Answer Compare(IReadOnlyList<Deal> deals, Measure measure) =>
        deals.Count < 2
            ? throw new DealInputException("compare needs at least two deals.")
            : Answer(new DealQuery { Kind = QueryKind.Compare, Measure = measure, DealIds = deals.Select(d => d.Id).ToArray() });

    /// <summary>The deal with <paramref name="changes"/>, next to the original, on <paramref name="measure"/> (the change's natural one when null).</summary>
    public Answer WhatIf(Deal deal, DealChanges changes, Measure? measure) =>
        changes.IsEmpty
            ? throw new DealInputException("what_if needs at least one change: monthly_fee_usd, fee_factor, power_mw, gpus, start, end or term_months.")
            : Answer(new DealQuery
            {
                Kind = QueryKind.WhatIf,
                Measure = measure ?? changes.NaturalMeasure,
                DealIds = [deal.Id],
                Changes = changes,
            });

    /// <summary>One amount ("2.5 GW") in another unit ("MW").</summary>
    public Answer Convert(string? amount, string? to)
    {
        var term = ReadAmount(amount, "quantity");
        var target = ReadUnit(to, "to");
        if (target.Dimension != term.Quantity.Dimension)
        {
            throw new DealInputException($"'{amount}' cannot be counted in '{to}'. Units that fit: {UnitsOf(term.Quantity.Dimension)}.");
        }

        return Compose([term], target);
    }

    /// <summary>The user's amounts ("900 GPUs", "1 kW/GPU") composed by dimensional analysis into <paramref name="to"/>.</summary>
    public Answer Compute(IReadOnlyList<string> amounts, string? to)
    {
        if (amounts.Count is 0 or > Composer.MaxGiven)
        {
            throw new DealInputException($"compute takes 1 to {Composer.MaxGiven} quantities.");
        }

        return Compose(amounts.Select(a => ReadAmount(a, "quantities")).ToList(), ReadUnit(to, "to"));
    }

    private Answer Compose(IReadOnlyList<Term> given, Unit target) =>
        Answer(new DealQuery { Kind = QueryKind.Compose, Given = given, Target = target });

    private Answer Answer(DealQuery query) => answerer.Answer(query);

    private YearMonth Today => YearMonth.FromDate(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));

    private HashSet<string> Companies(string party)
    {
        var matches = Catalog.Companies
            .Where(c => c.Id.Equals(party, StringComparison.OrdinalIgnoreCase) || c.Name.Equals(party, StringComparison.OrdinalIgnoreCase)
                || c.Aliases.Contains(party.ToLowerInvariant()))
            .Select(c => c.Id)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return matches.Count > 0
            ? matches
            : throw new DealInputException($"Unknown party '{party}'. Parties: {string.Join(", ", Catalog.Companies.Select(c => c.Name))}.", notFound: true);
    }

    private static Unit ReadUnit(string? text, string parameter) =>
        QuantityText.ReadUnit(text)
        ?? throw new DealInputException($"{parameter}: '{text}' is not a unit DealBot knows. Units: {string.Join(", ", Prelude.All.Select(u => u.Symbol))}; "
            + "joined with '/' or 'per' and '-' (USD/MWh, GPU-hours, kW-months).");

    private static Term ReadAmount(string? text, string parameter) =>
        QuantityText.ReadAmount(text)
        ?? throw new DealInputException($"{parameter}: '{text}' is not one positive amount with a unit, e.g. \"2.5 GW\", \"$1.25B a month\", \"900 GPUs\", \"1 kW/GPU\".");

    private static string UnitsOf(Dimension dimension)
    {
        var fits = Prelude.All.Where(u => u.Dimension == dimension).Select(u => u.Symbol).ToList();
        return fits.Count > 0 ? string.Join(", ", fits) : "none in the table; combine units with '/' and '-' to match";
    }
}
