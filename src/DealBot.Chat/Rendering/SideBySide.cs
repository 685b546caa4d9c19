using DealBot.Core.Answers;
using DealBot.Core.Text;

namespace DealBot.Chat.Rendering;

/// <summary>
/// What every client shows of a comparison, so they all say the same: the one-line headline ("Anthropic–xAI vs
/// Google–xAI, per GPU-hour: $7.78 vs $11.46 — 0.68×") and each deal's cell (its figure and range, or why it has none).
/// </summary>
public static class SideBySide
{
    /// <summary>The line that heads any answer: a comparison's side-by-side line, else the answer's own headline.</summary>
    public static string Headline(Answer answer) => answer.Comparison is { } comparison ? Headline(comparison) : answer.Headline;

    /// <summary>
    /// Two deals: both figures and their ratio. Three or more: the highest and the lowest and their ratio, as the
    /// whole list would not read as one line; each deal has its own field below it anyway.
    /// </summary>
    public static string Headline(DealComparison comparison)
    {
        var deals = comparison.Deals;
        if (deals.Count == 2)
        {
            return $"{deals[0].Name} vs {deals[1].Name}, {comparison.Basis}: {Amount(deals[0])} vs {Amount(deals[1])}{Ratio(deals[0], deals[1])}";
        }

        // Highest and lowest only mean something in one unit: the first figure's.
        var unit = deals.FirstOrDefault(d => d.Value is not null)?.Unit;
        var figures = deals.Where(d => d.Value is not null && d.Unit == unit).OrderByDescending(d => d.Value).ToList();
        var line = figures.Count >= 2
            ? $"highest {figures[0].Name} {figures[0].Amount}, lowest {figures[^1].Name} {figures[^1].Amount}{Ratio(figures[0], figures[^1])}"
            : string.Join(" · ", deals.Select(d => $"{d.Name} {Amount(d)}"));
        var without = deals.Count(d => d.Missing is not null);
        return $"{deals.Count} deals, {comparison.Basis}: {line}" + (without > 0 && figures.Count >= 2 ? $" ({without} without a figure)" : "");
    }

    /// <summary>"$7.78 per GPU-hour" and "range $5.27–$7.78" on the next line; or the reason there is no figure.</summary>
    public static string Cell(ComparedDeal deal) =>
        deal.Missing ?? (deal.Range is { } range ? $"{deal.Figure}\nrange {range}" : deal.Figure ?? "");

    private static string Amount(ComparedDeal deal) => deal.Amount ?? "no figure";

    private static string Ratio(ComparedDeal a, ComparedDeal b) =>
        a is { Value: { } x } && b is { Value: { } y and > 0 } && a.Unit == b.Unit ? $" — {QuantityFormat.Number((decimal)(x / y))}×" : "";
}
