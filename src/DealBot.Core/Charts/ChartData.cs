using DealBot.Core.Catalog;

namespace DealBot.Core.Charts;

/// <summary>
/// What an answer's chart shows, never how it looks: every platform draws the same chart from this. The numbers come
/// from the same code that answers in text (<see cref="ChartBuilder"/>), so a chart can never disagree with its answer.
/// </summary>
public abstract record ChartData
{
    /// <summary>One line above the chart, e.g. "Anthropic–xAI: cumulative spend".</summary>
    public required string Title { get; init; }

    /// <summary>The sources of the numbers drawn; a renderer names them in a caption.</summary>
    public IReadOnlyList<Source> Sources { get; init; } = [];

    /// <summary>What the chart shows in one or two sentences: alt text for screen readers and file descriptions.</summary>
    public required string Description { get; init; }
}
