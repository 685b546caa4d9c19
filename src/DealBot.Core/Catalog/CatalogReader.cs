using System.Globalization;
using System.Text.Json;
using DealBot.Core.Quantities;

namespace DealBot.Core.Catalog;

/// <summary>
/// Reads the typed fields of one JSON object of the catalog, so that every error names the entry
/// ("deal 'anthropic-xai'") and the field ("monthlyFeeUsd.source") that is wrong.
/// </summary>
internal readonly struct CatalogReader(JsonElement element, string entry, ISet<string> sourceIds)
{
    public string Entry => entry;

    public CatalogException Error(string field, string problem) => new($"Catalog entry {entry}: field '{field}' {problem}.");

    public string RequiredString(string field) =>
        OptionalString(field) is { Length: > 0 } value ? value : throw Error(field, "is missing or empty");

    public string? OptionalString(string field)
    {
        if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw Error(field, "must be a string");
    }

    public IReadOnlyList<string> Strings(string field)
    {
        if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Error(field, "must be a list of strings");
        }

        var items = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            items.Add(item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } s
                ? s
                : throw Error(field, "must hold only non-empty strings"));
        }

        return items;
    }

    public decimal? OptionalNumber(string field)
    {
        if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number) && number >= 0
            ? number
            : throw Error(field, "must be a non-negative number");
    }

    public int? OptionalInt(string field) => OptionalNumber(field) switch
    {
        null => null,
        var n when n == decimal.Truncate(n.Value) && n <= int.MaxValue => (int)n.Value,
        _ => throw Error(field, "must be a whole number"),
    };

    public YearMonth? OptionalMonth(string field)
    {
        var text = OptionalString(field);
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? YearMonth.FromDate(date)
            : throw Error(field, $"must be a month written YYYY-MM, not '{text}'");
    }

    public DateOnly RequiredDate(string field)
    {
        var text = RequiredString(field);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error(field, $"must be a date written YYYY-MM-DD, not '{text}'");
    }

    public string SourceId(string field)
    {
        var id = RequiredString(field);
        return sourceIds.Contains(id) ? id : throw Error(field, $"names source '{id}', which is not in the sources list");
    }

    public Fact? OptionalFact(string field)
    {
        if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object
            ? Nested(value, field).Fact()
            : throw Error(field, "must be an object with value and source");
    }

    public TextFact? OptionalTextFact(string field)
    {
        if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object
            ? Nested(value, field).TextFact()
            : throw Error(field, "must be an object with text and source");
    }

    public IReadOnlyList<T> Objects<T>(string field, Func<CatalogReader, T> read)
    {
        if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Error(field, "must be a list");
        }

        var items = new List<T>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            // Name an entry by its id where it has one, so the message points straight at it.
            var name = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? $"{field}['{id.GetString()}']"
                : $"{field}[{index}]";
            index++;
            items.Add(item.ValueKind == JsonValueKind.Object ? read(Nested(item, name)) : throw Error(name, "must be an object"));
        }

        return items;
    }

    public Fact Fact()
    {
        var value = OptionalNumber("value") ?? throw Error("value", "is missing");
        var low = OptionalNumber("low");
        var high = OptionalNumber("high");
        if (low > value || high < value)
        {
            throw Error("value", $"{value} must lie between low {low} and high {high}");
        }

        return new Fact(value, SourceId("source"))
        {
            Low = low,
            High = high,
            Note = OptionalString("note"),
            Alternatives = Objects("alternatives", r => r.Fact()),
        };
    }

    public TextFact TextFact() => new(RequiredString("text"), SourceId("source"));

    private CatalogReader Nested(JsonElement child, string field) =>
        new(child, entry == "root" ? field : $"{entry}.{field}", sourceIds);
}
