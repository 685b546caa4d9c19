namespace DealBot.Core.Units;

/// <summary>
/// A named quantity that may take part in a composition: one the user typed ("900 GPUs", label as typed) or a deal's
/// fact ("Anthropic–xAI's fee, $1.25B/month", with the sources it rests on).
/// </summary>
public sealed record Term(string Label, Quantity Quantity)
{
    /// <summary>One of <paramref name="unit"/>, said or implied by the user: "a year", "per day", "all month".</summary>
    public static Term OneOf(Unit unit) => new($"1 {unit.Singular}", Quantity.Of(1m, unit)) { Given = true };

    public IReadOnlyList<string> SourceIds { get; init; } = [];

    /// <summary>The user typed it: a composition must use it.</summary>
    public bool Given { get; init; }

    /// <summary>
    /// A deal's amount that only ever multiplies (its total, its billed months): "1 GW a year" divided by the
    /// term fits some dimension but means nothing.
    /// </summary>
    public bool OnlyMultiplies { get; init; }

    /// <summary>Equal when everything is, the sources compared one by one (a stored query reads back equal).</summary>
    public bool Equals(Term? other) =>
        other is not null && Label == other.Label && Quantity == other.Quantity && Given == other.Given && SourceIds.SequenceEqual(other.SourceIds);

    public override int GetHashCode() => HashCode.Combine(Label, Quantity, Given);
}
