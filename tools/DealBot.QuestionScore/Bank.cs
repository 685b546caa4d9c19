using System.Text.Json;

namespace DealBot.QuestionScore;

internal sealed record Expectation(bool Refuse, double Value, string Unit, double Tolerance, double? Low, double? High);

internal sealed record BankItem(string Id, string Kind, IReadOnlyList<string> Turns, Expectation Expect, string Oracle,
    string? OracleLow, string? OracleHigh, string Note)
{
    public bool IsConversation => Turns.Count > 1;

    public static List<BankItem> Load(string path)
    {
        var items = new List<BankItem>();
        var lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                var turns = root.GetProperty("turns").EnumerateArray().Select(t => t.GetString() ?? "").ToList();
                var e = root.GetProperty("expect");
                var refuse = e.TryGetProperty("refuse", out var r) && r.ValueKind == JsonValueKind.True;
                var expect = refuse
                    ? new Expectation(true, 0, "", 0, null, null)
                    : new Expectation(false, e.GetProperty("value").GetDouble(), e.GetProperty("unit").GetString() ?? "",
                        e.TryGetProperty("tolerance", out var tol) ? tol.GetDouble() : 0.005,
                        e.TryGetProperty("low", out var lo) ? lo.GetDouble() : null,
                        e.TryGetProperty("high", out var hi) ? hi.GetDouble() : null);
                items.Add(new BankItem(
                    root.GetProperty("id").GetString() ?? $"line{lineNo}",
                    root.GetProperty("kind").GetString() ?? "?",
                    turns, expect,
                    Str(root, "oracle") ?? "", Str(root, "oracle_low"), Str(root, "oracle_high"), Str(root, "note") ?? ""));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InvalidDataException($"{path}:{lineNo}: {ex.Message}", ex);
            }
        }

        return items;
    }

    private static string? Str(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
