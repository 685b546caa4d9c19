using DealBot.Core.Units;

namespace DealBot.Language.Composition;

/// <summary>
/// What a question says in quantities: the amounts the user typed, each with its unit, and the unit it asks for.
/// Read before the other readers and without using up tokens, so the rest of the parser sees the question whole.
/// </summary>
internal sealed class QuantityQuestion
{
    public List<Term> Given { get; } = [];

    /// <summary>The tokens each amount of <see cref="Given"/> was read from, [Start, End), in the same order.</summary>
    public List<(int Start, int End)> Spans { get; } = [];

    /// <summary>The amount read from tokens starting at <paramref name="i"/>, or -1.</summary>
    public int GivenAt(int i) => Spans.FindIndex(span => span.Start == i);

    /// <summary>Indexes into <see cref="Given"/> of amounts said "each", divided by what is counted once the target is known.</summary>
    public List<int> EachAt { get; } = [];

    /// <summary>The unit asked for ("in MW", "how many homes", "$/W/year"), or null when none is said.</summary>
    public Unit? Target { get; set; }

    /// <summary>"per kW per month" with nothing before "per": dollars were assumed, not said.</summary>
    public bool TargetAssumesMoney { get; set; }

    /// <summary>"how long": a length in months when the amounts are the user's; a deal's measure says its own.</summary>
    public bool TargetOnlyForComposing { get; set; }

    /// <summary>"in billions": the asked scale of whatever dimension the answer has, or 0.</summary>
    public decimal TargetScale { get; set; }

    /// <summary>"how many racks fit", "whole servers": a count of whole things, rounded down.</summary>
    public bool Whole { get; set; }

    /// <summary>A number with no unit the reader could give it (a year, a day, a bare count).</summary>
    public int BareNumbers { get; set; }

    /// <summary>A number that cannot be a quantity: negative, zero or absurdly large.</summary>
    public string? Problem { get; set; }
}
