using DealBot.Core.Answers;
using DealBot.Core.Quantities;

namespace DealBot.Core.Charts;

/// <summary>
/// Deals (or a what-if and its original) side by side on one basis, e.g. per MW-year: one bar each, with the range
/// the facts allow. <see cref="Omitted"/> names deals left out because no source discloses the figure.
/// </summary>
public sealed record BarChart : ChartData
{
    /// <summary>What is compared, for the axis, e.g. "per MW-year".</summary>
    public required string Basis { get; init; }

    public required AnswerUnit Unit { get; init; }

    public required IReadOnlyList<ChartBar> Bars { get; init; }

    public IReadOnlyList<string> Omitted { get; init; } = [];
}

/// <summary>One bar: its label (a deal's name, "Original", "What-if") and its value with the range.</summary>
public sealed record ChartBar(string Label, Estimate<decimal> Value);
