using DealBot.Core.Quantities;

namespace DealBot.Core.Answers;

/// <summary>
/// The outcome of evaluating one measure on one deal: a number with its unit, or a text (hardware, parties),
/// or a reason why the sources do not allow it (<see cref="Missing"/>).
/// </summary>
public sealed record Measured(string Label)
{
    public Estimate<decimal>? Value { get; init; }

    public AnswerUnit? Unit { get; init; }

    public string? Date { get; init; }

    public string? Text { get; init; }

    public string? Missing { get; init; }

    public string Formatted => Missing ?? Text ?? (Value is { } v && Unit is { } u ? Date ?? ValueFormat.Format(v, u) : "");

    public static Measured Number(string label, Estimate<decimal> value, AnswerUnit unit) => new(label) { Value = value, Unit = unit };

    /// <summary>Cites the sources of the facts this measure rests on.</summary>
    public Measured CitedIn(AnswerBuilder b, IEnumerable<string> sourceIds)
    {
        b.Cite(sourceIds);
        return this;
    }

    public static Measured NotDisclosed(string label, string reason) => new(label) { Missing = reason };
}
