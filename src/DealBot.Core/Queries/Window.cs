using DealBot.Core.Quantities;

namespace DealBot.Core.Queries;

/// <summary>
/// A span of billed months. A missing <see cref="From"/> or <see cref="To"/> means the deal's own start or end.
/// The windows placed by a length (<see cref="WindowKind.ForDuration"/>, <see cref="WindowKind.First"/>,
/// <see cref="WindowKind.Next"/>, <see cref="WindowKind.Past"/>, <see cref="WindowKind.Final"/>) carry it in
/// <see cref="Months"/>, or in <see cref="Days"/> when it was said in days or weeks ("first 180 days", "next 2 weeks").
/// </summary>
public sealed record Window(WindowKind Kind, YearMonth? From = null, YearMonth? To = null, int? Months = null)
{
    /// <summary>Days per year in the daily-fee convention (a day is 12/365 of a month).</summary>
    public const decimal DaysPerYear = 365m;

    public static Window ToTerm { get; } = new(WindowKind.ToTerm);

    /// <summary>"including the ramp": the ramp months asked for with the rest, which a deal whose ramp is undisclosed cannot total.</summary>
    public bool WithRamp { get; init; }

    /// <summary>"2026 without the ramp": only the full-rate months of the window.</summary>
    public bool FullRateOnly { get; init; }

    /// <summary>The length in days, when it was not a whole number of months.</summary>
    public int? Days { get; init; }

    /// <summary>The length in billed months: whole months as given, days × 12 ÷ 365.</summary>
    public decimal? LengthInMonths => Months is { } months ? months : Days is { } days ? days * 12m / DaysPerYear : null;

    /// <summary>A window of the given kind and length: months when <paramref name="days"/> is null.</summary>
    public static Window OfLength(WindowKind kind, int? months, int? days) => new(kind, Months: months) { Days = months is null ? days : null };
}
