using DealBot.Discord.Gateway;

namespace DealBot.Discord;

/// <summary>
/// Timings and sizes built in code, not read from settings: the defaults follow Discord's documentation; tests
/// register their own instance (before <c>AddDiscordPlatform</c>) to run the same code on short timings.
/// </summary>
internal sealed class DiscordBotConfiguration
{
    public static DiscordBotConfiguration Default { get; } = new();

    public IReconnectStrategy Reconnect { get; init; } = BackoffReconnectStrategy.Default;

    /// <summary>After op 9: a random 1–5 s before the next IDENTIFY/RESUME, which protects the daily identify budget.</summary>
    public Func<TimeSpan> InvalidSessionDelay { get; init; } = () => TimeSpan.FromSeconds(1 + (4 * Random.Shared.NextDouble()));

    /// <summary>One IDENTIFY per bucket per this interval (Discord: 5 s).</summary>
    public TimeSpan IdentifyInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// An interaction answered sooner than this (from DealBot's own receive time, not the snowflake: clock skew) gets
    /// its answer directly; a slower one is deferred (type 5) and edited in, well inside Discord's 3 s.
    /// </summary>
    public TimeSpan InteractionDeferAfter { get; init; } = TimeSpan.FromMilliseconds(1500);

    public TimeSpan CloseTimeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Waits before each retry of a REST call that got a 5xx or no response (Discord: "502 … wait a bit and retry");
    /// one retry per entry. Short enough that an interaction callback still lands inside its 3 s.
    /// </summary>
    public IReadOnlyList<TimeSpan> ServerErrorRetryDelays { get; init; } = [TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(750), TimeSpan.FromSeconds(2)];

    /// <summary>
    /// Invalid requests (401, 403, 429 except scope "shared") allowed per <see cref="InvalidRequestWindow"/> before
    /// REST calls are held back. Discord bans the IP at 10,000 per 10 minutes; the margin covers requests in flight.
    /// </summary>
    public int InvalidRequestLimit { get; init; } = 9_000;

    public TimeSpan InvalidRequestWindow { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Message workers; a conversation (channel and author) always maps to the same one, so it is answered in order.
    /// More workers make it rarer that two busy conversations share one and wait on each other's replies.
    /// </summary>
    public int MessagePartitions { get; init; } = 64;

    public int InteractionWorkers { get; init; } = 8;

    public int QueueCapacity { get; init; } = 1024;

    public Random Random { get; init; } = Random.Shared;
}
