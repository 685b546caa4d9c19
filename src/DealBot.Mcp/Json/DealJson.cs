using System.Text.Json;
using DealBot.Chat.Rendering;
using DealBot.Core.Answers;
using DealBot.Core.Catalog;

namespace DealBot.Mcp.Json;

/// <summary>
/// The machine form of catalog deals (<c>list_deals</c>, <c>deal</c>, <c>/v1/deals</c>, the catalog resources): each
/// figure with its range, source and conflicting figures, and the sources themselves, so a caller can cite them.
/// </summary>
public static class DealJson
{
    /// <summary><c>{"deals": [...]}</c>: each deal in brief, with its status and sources.</summary>
    public static void WriteList(Utf8JsonWriter json, DealCatalog catalog, IEnumerable<(Deal Deal, string Status)> deals)
    {
        json.WriteStartObject();
        json.WriteStartArray("deals");
        foreach (var (deal, status) in deals)
        {
            json.WriteStartObject();
            Brief(json, catalog, deal, status);
            Sources(json, catalog, deal);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>One deal in full: its facts, conflicts and sources, and the summary answer (value, steps, text).</summary>
    public static void WriteDeal(Utf8JsonWriter json, DealCatalog catalog, Deal deal, string status, Answer summary)
    {
        json.WriteStartObject();
        Brief(json, catalog, deal, status);
        json.WriteString("summary", deal.Summary);
        json.WriteStartObject("facts");
        Fact(json, "monthly_fee_usd", deal.MonthlyFeeUsd);
        Fact(json, "total_value_usd", deal.TotalValueUsd);
        Fact(json, "term_years", deal.TermYears);
        Fact(json, "power_mw", deal.PowerMw);
        Fact(json, "gpus", deal.Gpus);
        if (deal.FullRateStart is { } fullRate)
        {
            json.WriteString("full_rate_start", fullRate.ToString());
        }

        if (deal.NoticeDays is { } notice)
        {
            json.WriteNumber("notice_days", notice);
        }

        TextFact(json, "location", deal.Location);
        TextFact(json, "termination", deal.Termination);
        json.WriteStartArray("hardware");
        foreach (var id in deal.Hardware)
        {
            json.WriteStringValue(catalog.FindHardware(id)?.Name ?? id);
        }

        json.WriteEndArray();
        json.WriteEndObject();

        json.WriteStartArray("conflicts");
        foreach (var caveat in deal.Caveats)
        {
            json.WriteStartObject();
            json.WriteString("text", caveat.Text);
            json.WriteString("source", caveat.SourceId);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("reported_totals_usd");
        foreach (var total in deal.ReportedTotalsUsd)
        {
            FactValue(json, total);
        }

        json.WriteEndArray();
        Sources(json, catalog, deal);
        json.WritePropertyName("answer");
        AnswerJson.Write(json, summary);
        json.WriteEndObject();
    }

    private static void Brief(Utf8JsonWriter json, DealCatalog catalog, Deal deal, string status)
    {
        json.WriteString("id", deal.Id);
        json.WriteString("name", deal.Name);
        json.WriteString("buyer", catalog.GetCompany(deal.Buyer).Name);
        json.WriteString("seller", catalog.GetCompany(deal.Seller).Name);
        json.WriteString("status", status);
        Month(json, "start", deal.Start);
        Month(json, "end", deal.End);
        json.WriteString("resource", CatalogUris.Deal(deal.Id));
    }

    private static void Month(Utf8JsonWriter json, string name, Core.Quantities.YearMonth? month)
    {
        if (month is { } m)
        {
            json.WriteString(name, m.ToString());
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Fact(Utf8JsonWriter json, string name, Fact? fact)
    {
        if (fact is not null)
        {
            json.WritePropertyName(name);
            FactValue(json, fact);
        }
    }

    private static void FactValue(Utf8JsonWriter json, Fact fact)
    {
        json.WriteStartObject();
        json.WriteNumber("value", fact.Value);
        json.WriteNumber("low", fact.LowOrValue);
        json.WriteNumber("high", fact.HighOrValue);
        json.WriteString("source", fact.SourceId);
        if (fact.Note is { } note)
        {
            json.WriteString("note", note);
        }

        if (fact.Alternatives.Count > 0)
        {
            json.WriteStartArray("alternatives");
            foreach (var alternative in fact.Alternatives)
            {
                FactValue(json, alternative);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void TextFact(Utf8JsonWriter json, string name, TextFact? fact)
    {
        if (fact is not null)
        {
            json.WriteStartObject(name);
            json.WriteString("text", fact.Text);
            json.WriteString("source", fact.SourceId);
            json.WriteEndObject();
        }
    }

    /// <summary>Every source the deal's facts and conflicts rest on, once each, in the answer JSON's shape plus the id.</summary>
    private static void Sources(Utf8JsonWriter json, DealCatalog catalog, Deal deal)
    {
        json.WriteStartArray("sources");
        foreach (var source in SourceIds(deal).Distinct(StringComparer.OrdinalIgnoreCase).Select(catalog.GetSource))
        {
            json.WriteStartObject();
            json.WriteString("id", source.Id);
            json.WriteString("title", source.Title);
            json.WriteString("url", source.Url);
            json.WriteString("date", source.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("status", SourceList.StatusName(source.Status));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static IEnumerable<string> SourceIds(Deal deal)
    {
        yield return deal.SourceId;
        foreach (var fact in (Fact?[])[deal.MonthlyFeeUsd, deal.TotalValueUsd, deal.TermYears, deal.PowerMw, deal.Gpus, .. deal.ReportedTotalsUsd])
        {
            if (fact is null)
            {
                continue;
            }

            yield return fact.SourceId;
            foreach (var alternative in fact.Alternatives)
            {
                yield return alternative.SourceId;
            }
        }

        foreach (var text in (TextFact?[])[deal.Location, deal.Termination, .. deal.Caveats])
        {
            if (text is not null)
            {
                yield return text.SourceId;
            }
        }
    }
}
