namespace DealBot.Core.Catalog;

/// <summary>An accelerator, with dense (not sparse) throughput and an all-in facility power range per chip.</summary>
public sealed record Hardware
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public decimal? TdpWatts { get; init; }

    public decimal? DenseBf16Tflops { get; init; }

    public decimal? DenseFp8Tflops { get; init; }

    /// <summary>Facility power per accelerator including server, network and cooling (kW); a range.</summary>
    public Fact? AllInKw { get; init; }

    public required string SourceId { get; init; }
}
