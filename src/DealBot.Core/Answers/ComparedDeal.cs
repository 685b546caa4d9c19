using DealBot.Core.Catalog;

namespace DealBot.Core.Answers;

/// <summary>
/// One deal of a comparison, as its own column: the figure (or why there is none) and the working that gave it, so
/// a renderer can set the deals side by side instead of reading them out of one interleaved list of steps.
/// </summary>
public sealed record ComparedDeal(string Name)
{
    /// <summary>The figure for ratios; null when the sources do not allow it or it is text.</summary>
    public double? Value { get; init; }

    public AnswerUnit? Unit { get; init; }

    /// <summary>"$7.78 per GPU-hour", "May 2029", "H100": the figure with its unit in words; null when missing.</summary>
    public string? Figure { get; init; }

    /// <summary>"$7.78" when the unit is money (the basis already says "per GPU-hour"); otherwise the figure.</summary>
    public string? Amount { get; init; }

    /// <summary>"$5.27–$7.78" when the sources disagree; null when exact.</summary>
    public string? Range { get; init; }

    /// <summary>Why there is no figure ("No source gives …'s GPU count"); null when there is one.</summary>
    public string? Missing { get; init; }

    /// <summary>This deal's working, one line a step.</summary>
    public IReadOnlyList<string> Steps { get; init; } = [];

    public static ComparedDeal Of(Deal deal, Measured measured, IReadOnlyList<string> steps)
    {
        if (measured.Missing is { } missing)
        {
            return new ComparedDeal(deal.Name) { Missing = missing, Steps = steps };
        }

        if (measured is { Value: { } value, Unit: { } unit, Text: null })
        {
            return new ComparedDeal(deal.Name)
            {
                Value = (double)value.Value,
                Unit = unit,
                Figure = measured.Date ?? ValueFormat.Format(value.Value, unit),
                Amount = measured.Date ?? ValueFormat.Amount(value.Value, unit),
                Range = ValueFormat.Range(value, unit),
                Steps = steps,
            };
        }

        return new ComparedDeal(deal.Name) { Figure = measured.Formatted, Amount = measured.Formatted, Steps = steps };
    }
}
