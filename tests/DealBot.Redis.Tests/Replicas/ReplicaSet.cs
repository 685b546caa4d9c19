using System.Globalization;
using System.Text.RegularExpressions;
using DealBot.Redis.Tests.Fixtures;

namespace DealBot.Redis.Tests.Replicas;

/// <summary>What the replicas of one test share and how a test reads them: their logs, health and delivery counts.</summary>
public static partial class ReplicaSet
{
    public const string OutageLine = "Redis unavailable (";
    public const string BackLine = "Redis is back";
    public const string Degraded = "degraded: answering without shared state";

    /// <summary>The settings every replica gets (<see cref="RedisServer.ReplicaSettings"/>), with the tests' budget.</summary>
    public static Dictionary<string, string> Settings(RedisServer redis, string prefix)
    {
        var settings = redis.ReplicaSettings(prefix);
        settings["Redis:MessageBudget"] = OutageCollection.Budget.ToString("c", CultureInfo.InvariantCulture);
        return settings;
    }

    /// <summary>Deliveries a replica has taken through dedupe so far: first ones and redeliveries (from /metrics).</summary>
    public static async Task<(long First, long Duplicates)> DeliveriesAsync(BotProcess bot, string platform)
    {
        var metrics = await bot.GetAsync("/metrics");
        return (Count(metrics, "dealbot_deliveries_total", platform), Count(metrics, "dealbot_deliveries_duplicates_total", platform));
    }

    /// <summary>Waits until every replica's breaker is closed again (its shared-state check is Healthy).</summary>
    public static Task SharingAsync(params BotProcess[] bots) => Eventually.UntilAsync(
        async () => (await Task.WhenAll(bots.Select(b => b.GetAsync("/healthz")))).All(h => h.Contains("shared-state: Healthy", StringComparison.Ordinal)),
        "every replica to share state again");

    /// <summary>p50, p99 and max of a set of durations, in ms.</summary>
    public static string Summary(IReadOnlyCollection<TimeSpan> durations)
    {
        var sorted = durations.Select(d => d.TotalMilliseconds).Order().ToArray();
        double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"p50 {At(0.5):0} ms, p99 {At(0.99):0} ms, max {sorted[^1]:0} ms");
    }

    private static long Count(string metrics, string name, string platform) => MetricLine().Matches(metrics)
        .Where(m => m.Groups["name"].Value == name && m.Groups["labels"].Value.Contains($"platform=\"{platform}\"", StringComparison.Ordinal))
        .Sum(m => long.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"^(?<name>[a-z_]+)\{(?<labels>[^}]*)\} (?<value>\d+)", RegexOptions.Multiline)]
    private static partial Regex MetricLine();
}
