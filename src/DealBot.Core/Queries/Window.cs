using DealBot.Core.Quantities;

namespace DealBot.Core.Queries;

/// <summary>A span of billed months. A missing <see cref="From"/> or <see cref="To"/> means the deal's own start or end.</summary>
public sealed record Window(WindowKind Kind, YearMonth? From = null, YearMonth? To = null, int? Months = null)
{
    public static Window ToTerm { get; } = new(WindowKind.ToTerm);
}
