using DealBot.Core.Text;
using DealBot.Core.Units;

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

    /// <summary>
    /// The all-in power per chip as a fact the user's own arithmetic may compose ("10,000 H100s in MW", "power bill of
    /// 5,000 GB200s at 8 cents"), its range kept; null when no source gives it.
    /// </summary>
    public Term? AllInTerm() => AllInKw is { } kw
        ? new Term($"{QuantityFormat.Number(kw.Value)} kW{(kw.Low is null && kw.High is null ? "" : $" ({QuantityFormat.Number(kw.LowOrValue)}–{QuantityFormat.Number(kw.HighOrValue)})")} all-in per {Name}",
            Quantity.Of(kw.LowOrValue, kw.Value, kw.HighOrValue, Prelude.Kilowatt.Per(Prelude.Gpu))) { SourceIds = [kw.SourceId] }
        : null;
}
