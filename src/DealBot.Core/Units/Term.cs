namespace DealBot.Core.Units;

/// <summary>
/// A named quantity that may take part in a composition: one the user typed ("900 GPUs", label as typed) or a deal's
/// fact ("Anthropic–xAI's fee, $1.25B/month", with the sources it rests on).
/// </summary>
public sealed record Term(string Label, Quantity Quantity)
{
    public IReadOnlyList<string> SourceIds { get; init; } = [];

    /// <summary>The user typed it: a composition must use it.</summary>
    public bool Given { get; init; }
}
