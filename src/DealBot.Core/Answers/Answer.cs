using DealBot.Core.Catalog;
using DealBot.Core.Charts;

namespace DealBot.Core.Answers;

/// <summary>
/// A typed answer: a headline for people, the value with its unit and range for machines, and the working,
/// assumptions and sources that let a reader check it. Renderers turn it into chat text.
/// </summary>
public sealed record Answer
{
    public required bool Understood { get; init; }

    /// <summary>Machine name of the question kind, e.g. "total", "unit_cost" (see <see cref="Intents"/>).</summary>
    public required string Intent { get; init; }

    /// <summary>One line that answers the question, with the range when there is one.</summary>
    public required string Headline { get; init; }

    public double? Value { get; init; }

    public AnswerUnit? Unit { get; init; }

    /// <summary>
    /// The unit of <see cref="Value"/> when the question asked for one outside <see cref="AnswerUnit"/>
    /// ("USD/kW/month", "W/GPU"); then <see cref="Unit"/> is null.
    /// </summary>
    public Units.Unit? ValueUnit { get; init; }

    /// <summary>The unit's machine spelling, the JSON <c>unit</c>: "USD/year", "MW", "W/GPU".</summary>
    public string? UnitSymbol => ValueUnit?.Symbol ?? Unit?.Spelling();

    public double? Low { get; init; }

    public double? High { get; init; }

    /// <summary>For date answers: <c>YYYY-MM</c>.</summary>
    public string? Date { get; init; }

    /// <summary>The arithmetic, one line a step.</summary>
    public IReadOnlyList<string> Steps { get; init; } = [];

    public IReadOnlyList<string> Assumptions { get; init; } = [];

    public IReadOnlyList<Source> Sources { get; init; } = [];

    /// <summary>Questions to try next (always set when not understood).</summary>
    public IReadOnlyList<string> Suggestions { get; init; } = [];

    /// <summary>Catalog ids of the deals the answer used, so a wrong reading is visible.</summary>
    public IReadOnlyList<string> DealIds { get; init; } = [];

    /// <summary>For a comparison: each deal's figure and working, to set side by side; null for any other answer.</summary>
    public DealComparison? Comparison { get; init; }

    /// <summary>What to draw when a chart was asked for and the answer can be drawn; null otherwise (see <see cref="Answerer.Answer(Queries.DealQuery, bool)"/>).</summary>
    public ChartData? Chart { get; init; }
}
