using DealBot.Core.Queries;

namespace DealBot.Redis.Conversations;

/// <summary>
/// The stored shape of a <see cref="DealQuery"/>: plain numbers in fixed units (USD, MW, hours), months as "yyyy-MM",
/// enums by name, so a stored conversation survives a rolling deploy that reorders an enum. <see cref="V"/> is the
/// format version: an entry of another version is read as "no context", never misread. Fields added later have
/// defaults, so an entry written before them still reads.
/// </summary>
internal sealed record JsonDealQuery(
    int V,
    QueryKind Kind,
    Measure Measure,
    IReadOnlyList<string> DealIds,
    JsonWindow? Window,
    DateOnly? NoticeDate,
    decimal? GpuCount,
    string? AcceleratorId,
    decimal? PricePerGpuHourUsd,
    decimal? ElectricityPricePerKwhUsd,
    decimal? BudgetUsd,
    decimal? PowerMegawatts,
    decimal? PricePerMwMonthUsd,
    decimal? DurationHours,
    double? TrainingFlops,
    decimal? Utilisation,
    JsonDealChanges? Changes,
    string? Problem,
    IReadOnlyList<string> Suggestions,
    bool ScenarioCarried = false,
    bool OtherCurrency = false,
    decimal? QuotedAmountUsd = null,
    IReadOnlyList<JsonParty>? Parties = null);

internal sealed record JsonParty(string? CompanyId, string Name);

internal sealed record JsonWindow(WindowKind Kind, string? From, string? To, int? Months, int? Days = null);

internal sealed record JsonDealChanges(decimal? MonthlyFeeUsd, decimal? PowerMegawatts, string? Start, string? End, decimal? Gpus);
