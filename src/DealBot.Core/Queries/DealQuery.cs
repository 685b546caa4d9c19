using DealBot.Core.Quantities;
using DealBot.Core.Units;

namespace DealBot.Core.Queries;

/// <summary>
/// A question, understood. Produced from text by DealBot.Language and answered by <see cref="Answers.Answerer"/>.
/// Only the parts a question mentions are set; the answerer fills the rest from the catalog and says so.
/// </summary>
public sealed record DealQuery
{
    public required QueryKind Kind { get; init; }

    public Measure Measure { get; init; }

    /// <summary>Catalog deal ids; empty means the catalog's default deal.</summary>
    public IReadOnlyList<string> DealIds { get; init; } = [];

    /// <summary>
    /// The deals asked about in the turns just before, when this follow-up moved the same question to other deals ("xai per
    /// year" then "and google xai?"): a "difference?" or "combined?" next sets them against each other.
    /// </summary>
    public IReadOnlyList<string> EarlierDealIds { get; init; } = [];

    public Window? Window { get; init; }

    public DateOnly? NoticeDate { get; init; }

    /// <summary>A GPU count the user gave (overrides the catalog's for unit costs; the fleet for compute).</summary>
    public decimal? GpuCount { get; init; }

    /// <summary>Catalog hardware id, e.g. "h100".</summary>
    public string? AcceleratorId { get; init; }

    public Money? PricePerGpuHour { get; init; }

    public Money? ElectricityPricePerKwh { get; init; }

    public Money? Budget { get; init; }

    public Power? Power { get; init; }

    public Money? PricePerMwMonth { get; init; }

    public Duration? Duration { get; init; }

    /// <summary>FLOP budget of a training run; double because such numbers pass decimal's range.</summary>
    public double? TrainingFlops { get; init; }

    /// <summary>Model FLOP utilisation, 0–1.</summary>
    public decimal? Utilisation { get; init; }

    /// <summary>For <see cref="QueryKind.WhatIf"/>: what changes.</summary>
    public DealChanges? Changes { get; init; }

    /// <summary>
    /// For <see cref="QueryKind.WhatIf"/>: the changes come from an earlier what-if, not from this message
    /// ("minimum if they cancel today" after "what if it were $1B a month"); the answer says which scenario it is for.
    /// </summary>
    public bool ScenarioCarried { get; init; }

    /// <summary>
    /// For <see cref="QueryKind.Unknown"/>: the refused message set up a scenario ("what if they paid 75% of that"), so a
    /// follow-up that leans on it ("how much would they save?") must not be answered from the context before it.
    /// </summary>
    public bool ScenarioRefused { get; init; }

    /// <summary>An amount the user quoted to check ("is it really over $40B?"): not an input, answered against.</summary>
    public Money? QuotedAmount { get; init; }

    /// <summary>
    /// The unit the question asks for ("in MW", "how many homes", "$/W/year"): every answer comes in it, or says why it
    /// cannot. Null when none was said; then the answer's own unit.
    /// </summary>
    public Unit? Target { get; init; }

    /// <summary>"in billions": the asked scale (1e9) of the answer's unit, or 0 when none was said.</summary>
    public decimal TargetScale { get; init; }

    /// <summary>The amounts the user typed, with their units, for <see cref="QueryKind.Compose"/>: each is used exactly once.</summary>
    public IReadOnlyList<Term> Given { get; init; } = [];

    /// <summary>
    /// "if the fee rose 4% a year": the yearly rise of a fee (0.04), compounded, year 1 at the base. The base is a rate
    /// in <see cref="Given"/> or else the deal's fee.
    /// </summary>
    public decimal? Escalation { get; init; }

    /// <summary>With <see cref="Escalation"/>: "the monthly fee in year 3" asks the rate in that year of the term.</summary>
    public int? EscalationYear { get; init; }

    /// <summary>For <see cref="QueryKind.Compare"/> of two deals: their difference or ratio instead of both figures.</summary>
    public Contrast Contrast { get; init; }

    /// <summary>"how many 2 kW racks fit in 40 MW": a count of whole things, rounded down.</summary>
    public bool Whole { get; init; }

    /// <summary>For <see cref="QueryKind.NoSuchDeal"/>: the parties named, in the order named (buyer first when that is clear).</summary>
    public IReadOnlyList<Party> Parties { get; init; } = [];

    /// <summary>For <see cref="QueryKind.Unknown"/>: why it was not understood, in words for the user.</summary>
    public string? Problem { get; init; }

    /// <summary>For <see cref="QueryKind.Unknown"/>: questions to try instead.</summary>
    public IReadOnlyList<string> Suggestions { get; init; } = [];

    public static DealQuery Unknown(string? problem, IReadOnlyList<string> suggestions) =>
        new() { Kind = QueryKind.Unknown, Problem = problem, Suggestions = suggestions };
}
