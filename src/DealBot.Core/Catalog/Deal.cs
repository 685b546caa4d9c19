using DealBot.Core.Quantities;

namespace DealBot.Core.Catalog;

/// <summary>
/// A compute deal as the sources describe it. Every optional part is absent when no source discloses it,
/// and answers that need it say so instead of guessing.
/// </summary>
public sealed record Deal
{
    public required string Id { get; init; }

    /// <summary>Short display name, e.g. "Anthropic–xAI".</summary>
    public required string Name { get; init; }

    /// <summary>Company id of the party that pays.</summary>
    public required string Buyer { get; init; }

    /// <summary>Company id of the party that supplies the compute.</summary>
    public required string Seller { get; init; }

    /// <summary>Words that name this deal itself in a question, lower case (e.g. "colossus", "stargate").</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public required string Summary { get; init; }

    public required string SourceId { get; init; }

    /// <summary>The month's fee at full rate.</summary>
    public Fact? MonthlyFeeUsd { get; init; }

    /// <summary>Total contract value, for deals disclosed as a lump sum.</summary>
    public Fact? TotalValueUsd { get; init; }

    /// <summary>Contract length in years, for lump-sum deals.</summary>
    public Fact? TermYears { get; init; }

    public YearMonth? Start { get; init; }

    /// <summary>The last billed month, inclusive ("through May 2029" includes May 2029).</summary>
    public YearMonth? End { get; init; }

    /// <summary>First month at the full fee; months from <see cref="Start"/> before it are billed at an undisclosed reduced fee.</summary>
    public YearMonth? FullRateStart { get; init; }

    public Fact? PowerMw { get; init; }

    public Fact? Gpus { get; init; }

    /// <summary>Hardware ids from the catalog's hardware list.</summary>
    public IReadOnlyList<string> Hardware { get; init; } = [];

    public TextFact? Location { get; init; }

    public TextFact? Termination { get; init; }

    /// <summary>Days of notice either party must give to end the deal.</summary>
    public int? NoticeDays { get; init; }

    /// <summary>Statements that conflict with the main figures; answers mention them.</summary>
    public IReadOnlyList<TextFact> Caveats { get; init; } = [];

    /// <summary>Totals reported in the press, for context.</summary>
    public IReadOnlyList<Fact> ReportedTotalsUsd { get; init; } = [];

    public bool HasMonthlyFee => MonthlyFeeUsd is not null;

    /// <summary>A fee, or a term to spread its total over: what a figure per month or per year needs.</summary>
    public bool HasRate => MonthlyFeeUsd is not null || TermYears is not null;
}
