namespace DealBot.Core.Catalog;

/// <summary>
/// One sourced number. <see cref="Low"/> and <see cref="High"/> are present when the sources give a range.
/// <see cref="Alternatives"/> hold conflicting figures from other sources, which answers must mention.
/// </summary>
public sealed record Fact(decimal Value, string SourceId)
{
    public decimal? Low { get; init; }

    public decimal? High { get; init; }

    public string? Note { get; init; }

    public IReadOnlyList<Fact> Alternatives { get; init; } = [];

    public decimal LowOrValue => Low ?? Value;

    public decimal HighOrValue => High ?? Value;
}
