using System.Text.Json;

namespace DealBot.Chat.Tests.Corpus;

/// <summary>One question of the corpus with the answer computed by hand from the catalog.</summary>
public sealed record CorpusCase(
    string Question,
    IReadOnlyList<string> Context,
    string Kind,
    string? Deal,
    string Intent,
    double? Value,
    string? Unit,
    double? Low,
    double? High,
    double Tolerance)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyList<CorpusCase> Load(string path) =>
        JsonSerializer.Deserialize<List<CorpusCase>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, path)), Json)!
            .Select(c => c with { Context = c.Context ?? [], Tolerance = c.Tolerance > 0 ? c.Tolerance : 0.005 })
            .ToList();

    public override string ToString() => Context.Count == 0 ? Question : $"{string.Join(" → ", Context)} → {Question}";
}
