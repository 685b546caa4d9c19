using System.Globalization;
using System.Text.Json;
using DealBot.Core.Quantities;
using DealBot.Core.Queries;

namespace DealBot.Redis.Conversations;

/// <summary>
/// <see cref="DealQuery"/> to JSON and back, every field. Reading never throws: an entry that is not valid JSON, has
/// another format version or names an enum value this build does not know reads as null (the follow-up then starts a
/// new conversation rather than answering with the wrong context).
/// </summary>
public static class DealQuerySerializer
{
    public const int Version = 1;

    public static string Serialize(DealQuery query) =>
        JsonSerializer.Serialize(ToJson(query), ConversationJsonContext.Default.JsonDealQuery);

    public static DealQuery? Deserialize(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(json, ConversationJsonContext.Default.JsonDealQuery) is { V: Version } stored ? FromJson(stored) : null;
        }
        catch (Exception e) when (e is JsonException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    private static JsonDealQuery ToJson(DealQuery q) => new(
        Version,
        q.Kind,
        q.Measure,
        q.DealIds,
        q.Window is { } w ? new JsonWindow(w.Kind, Month(w.From), Month(w.To), w.Months, w.Days) : null,
        q.NoticeDate,
        q.GpuCount,
        q.AcceleratorId,
        q.PricePerGpuHour?.Usd,
        q.ElectricityPricePerKwh?.Usd,
        q.Budget?.Usd,
        q.Power?.Megawatts,
        q.PricePerMwMonth?.Usd,
        q.Duration?.Hours,
        q.TrainingFlops,
        q.Utilisation,
        q.Changes is { } c ? new JsonDealChanges(c.MonthlyFee?.Usd, c.Power?.Megawatts, Month(c.Start), Month(c.End), c.Gpus) : null,
        q.Problem,
        q.Suggestions,
        q.ScenarioCarried,
        q.OtherCurrency,
        q.QuotedAmount?.Usd,
        q.Parties.Select(p => new JsonParty(p.CompanyId, p.Name)).ToList());

    private static DealQuery FromJson(JsonDealQuery j) => new()
    {
        Kind = j.Kind,
        Measure = j.Measure,
        DealIds = j.DealIds ?? [],
        Window = j.Window is { } w ? new Window(w.Kind, Month(w.From), Month(w.To), w.Months) { Days = w.Days } : null,
        NoticeDate = j.NoticeDate,
        GpuCount = j.GpuCount,
        AcceleratorId = j.AcceleratorId,
        PricePerGpuHour = Usd(j.PricePerGpuHourUsd),
        ElectricityPricePerKwh = Usd(j.ElectricityPricePerKwhUsd),
        Budget = Usd(j.BudgetUsd),
        Power = Megawatts(j.PowerMegawatts),
        PricePerMwMonth = Usd(j.PricePerMwMonthUsd),
        Duration = j.DurationHours is { } hours ? Core.Quantities.Duration.FromHours(hours) : null,
        TrainingFlops = j.TrainingFlops,
        Utilisation = j.Utilisation,
        Changes = j.Changes is { } c
            ? new DealChanges { MonthlyFee = Usd(c.MonthlyFeeUsd), Power = Megawatts(c.PowerMegawatts), Start = Month(c.Start), End = Month(c.End), Gpus = c.Gpus }
            : null,
        Problem = j.Problem,
        Suggestions = j.Suggestions ?? [],
        ScenarioCarried = j.ScenarioCarried,
        OtherCurrency = j.OtherCurrency,
        QuotedAmount = Usd(j.QuotedAmountUsd),
        Parties = j.Parties?.Select(p => new Party(p.CompanyId, p.Name)).ToList() ?? [],
    };

    private static Money? Usd(decimal? usd) => usd is { } value ? Money.FromUsd(value) : null;

    private static Power? Megawatts(decimal? megawatts) => megawatts is { } value ? Core.Quantities.Power.FromMegawatts(value) : null;

    private static string? Month(YearMonth? month) =>
        month is { } m ? string.Create(CultureInfo.InvariantCulture, $"{m.Year:D4}-{m.Month:D2}") : null;

    private static YearMonth? Month(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var parsed = DateOnly.ParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture);
        return new YearMonth(parsed.Year, parsed.Month);
    }
}
