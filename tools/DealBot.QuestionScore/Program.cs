using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using DealBot.QuestionScore;

// Scores an independent question bank against the built bot:
//   dotnet run --project tools/DealBot.QuestionScore -- tests/questions/tune.jsonl [--bot path/to/DealBot.dll] [--show-failures]
//   dotnet run --project tools/DealBot.QuestionScore -- tests/questions/tune.jsonl --verify-oracles   (re-runs qalc on every oracle)
string? bankPath = null, botPath = null;
bool showFailures = false, verifyOracles = false;
var timeout = TimeSpan.FromSeconds(120);
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--bot" when i + 1 < args.Length: botPath = args[++i]; break;
        case "--show-failures": showFailures = true; break;
        case "--verify-oracles": verifyOracles = true; break;
        case "--timeout" when i + 1 < args.Length: timeout = TimeSpan.FromSeconds(double.Parse(args[++i], CultureInfo.InvariantCulture)); break;
        case "-h" or "--help": Usage(); return 0;
        default:
            if (args[i].StartsWith('-') || bankPath is not null)
            {
                Usage();
                return 2;
            }

            bankPath = args[i];
            break;
    }
}

if (bankPath is null)
{
    Usage();
    return 2;
}

List<BankItem> items;
try
{
    items = BankItem.Load(bankPath);
}
catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
{
    Console.Error.WriteLine(ex.Message);
    return 1;
}

if (verifyOracles)
{
    return Oracles.Verify(items);
}

botPath ??= typeof(BankItem).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
    .FirstOrDefault(a => a.Key == "DealBotHost")?.Value;
if (botPath is null || !File.Exists(botPath))
{
    Console.Error.WriteLine($"bot not found: {botPath ?? "(none)"}; build src/DealBot or pass --bot path/to/DealBot.dll");
    return 1;
}

botPath = Path.GetFullPath(botPath);
var runner = new BotRunner(botPath, timeout);
var results = new List<(BankItem Item, Outcome Outcome, BotAnswer? Answer)>();

// Single-turn items: one `ask --format jsonl` process, one line per question.
var singles = items.Where(it => !it.IsConversation).ToList();
if (singles.Count > 0)
{
    var (lines, exit, stderr) = runner.Run("ask", singles.Select(it => it.Turns[0]).ToList());
    if (lines.Count != singles.Count)
    {
        Console.Error.WriteLine($"warning: ask --format jsonl wrote {lines.Count} lines for {singles.Count} questions (exit {exit}) {FirstLine(stderr)}");
    }

    for (var i = 0; i < singles.Count; i++)
    {
        var answer = i < lines.Count ? BotAnswer.Parse(lines[i]) : null;
        results.Add((singles[i], Scorer.Score(singles[i].Expect, answer), answer));
    }
}

// Conversations: each in its own `chat --format jsonl` process; the last turn's answer is scored.
string? notRunReason = null;
foreach (var item in items.Where(it => it.IsConversation))
{
    var (lines, exit, stderr) = runner.Run("chat", item.Turns);
    var last = item.Turns.Count - 1;
    if (lines.Count <= last && (exit != 0 || lines.Count == 0))
    {
        notRunReason ??= $"chat --format jsonl: exit {exit}, {lines.Count} lines; {FirstLine(stderr)}";
        results.Add((item, Outcome.NotRun, null));
        continue;
    }

    var answer = last < lines.Count ? BotAnswer.Parse(lines[last]) : null;
    results.Add((item, Scorer.Score(item.Expect, answer), answer));
}

results = results.OrderBy(r => items.IndexOf(r.Item)).ToList();

if (showFailures)
{
    foreach (var (item, outcome, answer) in results.Where(r => r.Outcome != Outcome.Correct))
    {
        Console.WriteLine($"{Scorer.Label(outcome),-8} {item.Id} [{item.Kind}] {string.Join("  →  ", item.Turns.Select(t => "\"" + t + "\""))}");
        Console.WriteLine($"         expected: {Scorer.Describe(item.Expect)}");
        Console.WriteLine($"         got:      {Scorer.Describe(answer)}");
    }

    Console.WriteLine();
}

string[] order = ["lookup", "window", "unit_economics", "scenario", "user_arithmetic", "conversion", "refusal"];
var kinds = order.Where(k => results.Any(r => r.Item.Kind == k))
    .Concat(results.Select(r => r.Item.Kind).Distinct().Where(k => !order.Contains(k)).Order(StringComparer.Ordinal));
var run = results.Where(r => r.Outcome != Outcome.NotRun).ToList();
Console.WriteLine($"bank: {Path.GetFileName(bankPath)} ({items.Count} items, {items.Count(i => i.IsConversation)} conversations); bot: {botPath}");
Console.WriteLine($"{"kind",-16} {"N",4} {"correct",8} {"wrong",8} {"refused",8}{(run.Count < results.Count ? $" {"not run",8}" : "")}");
foreach (var kind in kinds)
{
    var all = results.Where(r => r.Item.Kind == kind).ToList();
    var ran = all.Where(r => r.Outcome != Outcome.NotRun).ToList();
    var notRun = all.Count - ran.Count;
    Console.WriteLine($"{kind,-16} {ran.Count,4} {Pct(ran, Outcome.Correct),8} {Pct(ran, Outcome.Wrong),8} {Pct(ran, Outcome.Refused),8}{(run.Count < results.Count ? $" {notRun,8}" : "")}");
}

var conversations = run.Where(r => r.Item.IsConversation).ToList();
if (conversations.Count > 0)
{
    Console.WriteLine($"{"(conversations)",-16} {conversations.Count,4} {Pct(conversations, Outcome.Correct),8} {Pct(conversations, Outcome.Wrong),8} {Pct(conversations, Outcome.Refused),8}");
}

if (run.Count < results.Count)
{
    var notRunCount = results.Count - run.Count;
    Console.WriteLine($"not run: {notRunCount} conversations ({notRunReason})");
    var asRefused = results.Select(r => r.Outcome == Outcome.NotRun ? r with { Outcome = Outcome.Refused } : r).ToList();
    Console.WriteLine($"with the {notRunCount} not run counted as refused: {Pct(asRefused, Outcome.Correct)} correct, {Pct(asRefused, Outcome.Wrong)} wrong, {Pct(asRefused, Outcome.Refused)} refused (N={asRefused.Count})");
}

Console.WriteLine($"overall: {Pct(run, Outcome.Correct)} correct, {Pct(run, Outcome.Wrong)} wrong, {Pct(run, Outcome.Refused)} refused (N={run.Count})");
return 0;

static string Pct<T>(IReadOnlyCollection<(BankItem Item, Outcome Outcome, T Answer)> rows, Outcome outcome) =>
    rows.Count == 0 ? "-" : (100.0 * rows.Count(r => r.Outcome == outcome) / rows.Count).ToString("0.0", CultureInfo.InvariantCulture) + "%";

static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

static void Usage() => Console.Error.WriteLine(
    "usage: DealBot.QuestionScore BANK.jsonl [--bot path/to/DealBot.dll] [--show-failures] [--timeout SECONDS] | BANK.jsonl --verify-oracles");

internal enum Outcome
{
    Correct,
    Wrong,
    Refused,
    NotRun,
}

internal static class Scorer
{
    /// <summary>
    /// correct: a value within tolerance of the expected one, in the expected dimension (scale converted), or no value
    /// for a refusal item; wrong: a value that is not correct (or any value on a refusal item); refused: no value.
    /// </summary>
    public static Outcome Score(Expectation expect, BotAnswer? answer)
    {
        var stated = answer is { Value: not null };
        if (expect.Refuse)
        {
            return stated ? Outcome.Wrong : Outcome.Correct;
        }

        if (answer is null || !answer.Understood || answer.Value is not double got)
        {
            return Outcome.Refused;
        }

        var converted = Convert(got, answer.Unit, expect.Unit);
        return converted is double v && Within(v, expect.Value, expect.Tolerance) ? Outcome.Correct : Outcome.Wrong;
    }

    /// <summary>The bot's value in the expected unit, or null when the dimensions differ or a unit is unknown.</summary>
    public static double? Convert(double value, string? from, string to)
    {
        if (string.Equals(from?.Trim(), to.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return value;
        }

        var a = UnitInfo.Parse(from);
        var b = UnitInfo.Parse(to);
        if (a is null || b is null || a.Dimension != b.Dimension)
        {
            return null;
        }

        return value * a.Scale / b.Scale;
    }

    private static bool Within(double got, double expected, double tolerance) =>
        expected == 0
            ? Math.Abs(got) <= (tolerance > 0 ? tolerance : 1e-9)
            : Math.Abs(got - expected) <= Math.Max(tolerance, 1e-9) * Math.Abs(expected);

    public static string Label(Outcome outcome) => outcome switch
    {
        Outcome.Wrong => "WRONG",
        Outcome.Refused => "REFUSED",
        Outcome.NotRun => "NOT RUN",
        _ => "ok",
    };

    public static string Describe(Expectation e) => e.Refuse
        ? "a refusal (no value)"
        : $"{N(e.Value)} {e.Unit}{(e.Low is double lo && e.High is double hi ? $" (range {N(lo)}–{N(hi)})" : "")} ±{(e.Tolerance * 100).ToString("0.##", CultureInfo.InvariantCulture)}%";

    public static string Describe(BotAnswer? a)
    {
        if (a is null)
        {
            return "(no answer)";
        }

        var head = a.Text.Split('\n', 2)[0];
        if (head.Length > 140)
        {
            head = head[..140] + "…";
        }

        var value = a.Value is double v ? $"{N(v)} {a.Unit}{(a.Low is double lo && a.High is double hi ? $" (range {N(lo)}–{N(hi)})" : "")}" : "no value";
        return $"{value}{(a.Understood ? "" : " [not understood]")} — {head}";
    }

    private static string N(double v) => Math.Abs(v) >= 1e15 || (v != 0 && Math.Abs(v) < 1e-3)
        ? v.ToString("G6", CultureInfo.InvariantCulture)
        : v.ToString(Math.Abs(v) >= 1000 ? "#,##0.##" : "0.######", CultureInfo.InvariantCulture);
}

/// <summary>Re-runs every oracle with qalc and checks it gives the recorded expected value (and low/high).</summary>
internal static partial class Oracles
{
    public static int Verify(IReadOnlyList<BankItem> items)
    {
        int checkedCount = 0, bad = 0;
        foreach (var item in items.Where(i => !i.Expect.Refuse))
        {
            foreach (var (expr, expected) in new[]
                     {
                         (item.Oracle, (double?)item.Expect.Value), (item.OracleLow, item.Expect.Low), (item.OracleHigh, item.Expect.High),
                     })
            {
                if (string.IsNullOrEmpty(expr) || expected is not double want)
                {
                    continue;
                }

                checkedCount++;
                var got = Qalc(expr);
                var ok = got is double g && (want == 0 ? Math.Abs(g) < 1e-12 : Math.Abs(g - want) <= 1e-8 * Math.Abs(want));
                if (!ok)
                {
                    bad++;
                    Console.WriteLine($"MISMATCH {item.Id}: qalc \"{expr}\" = {got?.ToString("R", CultureInfo.InvariantCulture) ?? "(unreadable)"}, recorded {want.ToString("R", CultureInfo.InvariantCulture)}");
                }
            }
        }

        Console.WriteLine($"oracles: {checkedCount} checked with qalc, {bad} mismatches");
        return bad == 0 ? 0 : 1;
    }

    private static double? Qalc(string expr)
    {
        var start = new ProcessStartInfo("qalc") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-t");
        start.ArgumentList.Add(expr);
        try
        {
            using var p = Process.Start(start)!;
            var output = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit();
            var m = LeadingNumber().Match(output);
            return m.Success ? double.Parse(m.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture) : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Console.Error.WriteLine("qalc not found: apt-get install -y qalc");
            Environment.Exit(1);
            return null;
        }
    }

    [GeneratedRegex(@"^(-?[0-9.]+(?:E[+-]?[0-9]+)?)")]
    private static partial Regex LeadingNumber();
}
