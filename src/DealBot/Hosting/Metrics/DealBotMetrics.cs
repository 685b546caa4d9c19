using System.Diagnostics.Metrics;

namespace DealBot.Hosting.Metrics;

/// <summary>
/// The host's own instruments on the <c>DealBot.Host</c> meter. /metrics exports every <c>DealBot.*</c> meter, so a
/// library that adds its own (<c>DealBot.Redis</c> does) shows up without changes here. Tags are bounded: the
/// platform is one of <see cref="Platforms"/> or "other", the log category is a type name.
/// </summary>
public sealed class DealBotMetrics
{
    public const string MeterName = "DealBot.Host";

    private static readonly string[] Platforms = ["discord", "slack", "console"];

    public DealBotMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        Deliveries = meter.CreateCounter<long>("dealbot.deliveries", "{delivery}", "Questions taken for answering (first delivery of each), by platform");
        Duplicates = meter.CreateCounter<long>(
            "dealbot.deliveries.duplicates", "{delivery}", "Redeliveries not answered again (Slack retries, gateway replays, another replica's), by platform");
        RateLimited = meter.CreateCounter<long>("dealbot.questions.rate_limited", "{question}", "Questions refused by the per-user rate limit, by platform");
        Errors = meter.CreateCounter<long>("dealbot.errors", "{error}", "Errors logged, by log category");
    }

    public Counter<long> Deliveries { get; }

    public Counter<long> Duplicates { get; }

    public Counter<long> RateLimited { get; }

    public Counter<long> Errors { get; }

    /// <summary>The platform of a "platform:…" key, as a bounded tag.</summary>
    public static KeyValuePair<string, object?> Platform(string key)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        var name = colon > 0 ? key[..colon] : key;
        return new("platform", Platforms.FirstOrDefault(p => p.Equals(name, StringComparison.OrdinalIgnoreCase)) ?? "other");
    }
}
