using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace DealBot.Discord;

/// <summary>What the Discord adapter counts, on the <c>DealBot.Discord</c> meter (exported by the host's /metrics).</summary>
internal static class DiscordMetrics
{
    private static readonly Meter Meter = new("DealBot.Discord");

    private static readonly Counter<long> Reconnects =
        Meter.CreateCounter<long>("dealbot.discord.gateway.reconnects", description: "Gateway reconnects, by how the session continues (resume or identify)");

    private static readonly Counter<long> RateLimitWaits =
        Meter.CreateCounter<long>("dealbot.discord.rest.rate_limit_waits", description: "REST requests that waited for a rate-limit bucket");

    public static void Reconnect(string how) => Reconnects.Add(1, new TagList { { "how", how } });

    public static void RateLimitWait() => RateLimitWaits.Add(1);
}
