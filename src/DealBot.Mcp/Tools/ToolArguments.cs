using System.Text.Json;
using DealBot.Core.Quantities;

namespace DealBot.Mcp.Tools;

/// <summary>
/// A tool call's arguments, read by name and type. A missing required argument, a value of the wrong type or an
/// argument the tool does not take throws <see cref="DealInputException"/> naming it, so the caller can fix the call.
/// </summary>
public sealed class ToolArguments
{
    private readonly IReadOnlyDictionary<string, JsonElement> _values;

    public ToolArguments(IReadOnlyDictionary<string, JsonElement>? values, IReadOnlyCollection<string> known)
    {
        _values = values ?? new Dictionary<string, JsonElement>();
        if (_values.Keys.FirstOrDefault(k => !known.Contains(k)) is { } unknown)
        {
            throw new DealInputException($"Unknown argument '{unknown}'. This tool takes: {string.Join(", ", known)}.");
        }
    }

    public string RequiredString(string name) =>
        String(name) ?? throw new DealInputException($"Missing argument '{name}'.");

    public string? String(string name) => Get(name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } value => value.GetString(),
        _ => throw Wrong(name, "a string"),
    };

    public IReadOnlyList<string> RequiredStrings(string name) => Get(name) switch
    {
        { ValueKind: JsonValueKind.Array } array when array.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) =>
            array.EnumerateArray().Select(e => e.GetString()!).ToList(),
        null => throw new DealInputException($"Missing argument '{name}'."),
        _ => throw Wrong(name, "an array of strings"),
    };

    public decimal? Number(string name) => Get(name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } value when value.TryGetDecimal(out var number) && number > 0m => number,
        _ => throw Wrong(name, "a positive number"),
    };

    public int? Integer(string name) => Get(name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } value when value.TryGetInt32(out var number) && number > 0 => number,
        _ => throw Wrong(name, "a positive whole number"),
    };

    /// <summary>A month as <c>YYYY-MM</c>.</summary>
    public YearMonth? Month(string name)
    {
        if (String(name) is not { } text)
        {
            return null;
        }

        return text.Length == 7 && text[4] == '-' && int.TryParse(text.AsSpan(0, 4), out var year) && int.TryParse(text.AsSpan(5, 2), out var month)
            && YearMonth.IsValid(year, month)
            ? new YearMonth(year, month)
            : throw Wrong(name, "a month as YYYY-MM, e.g. 2027-01");
    }

    private JsonElement? Get(string name) =>
        _values.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static DealInputException Wrong(string name, string expected) => new($"Argument '{name}' must be {expected}.");
}
