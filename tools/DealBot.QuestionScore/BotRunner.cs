using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace DealBot.QuestionScore;

/// <summary>One answer line of the bot's jsonl output, reduced to what is scored.</summary>
internal sealed record BotAnswer(bool Understood, double? Value, string? Unit, double? Low, double? High, string Text)
{
    public static BotAnswer Parse(string line)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var text = root.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() ?? "" : "";
            return new BotAnswer(
                root.TryGetProperty("understood", out var u) && u.ValueKind == JsonValueKind.True,
                Num(root, "value"),
                root.TryGetProperty("unit", out var un) && un.ValueKind == JsonValueKind.String ? un.GetString() : null,
                Num(root, "low"), Num(root, "high"), text);
        }
        catch (JsonException)
        {
            return new BotAnswer(false, null, null, null, null, "(not JSON) " + line);
        }
    }

    private static double? Num(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
}

/// <summary>Runs the bot as a process: <c>ask --format jsonl</c> for a batch, <c>chat --format jsonl</c> per conversation.</summary>
internal sealed class BotRunner(string bot, TimeSpan timeout)
{
    /// <summary>Answers for the given lines; the list is shorter when the bot wrote fewer lines.</summary>
    public (List<string> Lines, int ExitCode, string Stderr) Run(string command, IReadOnlyList<string> input)
    {
        var start = new ProcessStartInfo(bot.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? "dotnet" : bot)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (bot.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(bot);
        }

        start.ArgumentList.Add(command);
        start.ArgumentList.Add("--format");
        start.ArgumentList.Add("jsonl");

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + bot);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            foreach (var line in input)
            {
                process.StandardInput.Write(line.Replace('\n', ' ').Replace('\r', ' '));
                process.StandardInput.Write('\n');
            }

            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The bot exited early (e.g. an unknown command); its exit code and stderr say why.
        }

        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return ([], -1, "timed out after " + timeout.TotalSeconds + " s");
        }

        var lines = stdout.Result.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
        return (lines, process.ExitCode, stderr.Result.Trim());
    }
}
