using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace DealBot.Redis;

/// <summary>
/// What a Redis-backed store does when Redis cannot be reached: the bot keeps answering. Each operation has a safe
/// fallback (no context, no dedupe, no limit), each fallback is counted on the <c>DealBot.Redis</c> meter, and the
/// failure is logged at most once a minute so an outage does not flood the logs.
/// </summary>
public sealed partial class RedisFallback(ILogger<RedisFallback> logger, TimeProvider clock)
{
    public const string MeterName = "DealBot.Redis";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Fallbacks = Meter.CreateCounter<long>(
        "dealbot.redis.fallbacks", unit: "{operation}", description: "Shared-state operations answered by the fallback because Redis failed");

    private static readonly TimeSpan LogInterval = TimeSpan.FromMinutes(1);

    private long _nextLogTimestamp = long.MinValue;

    /// <summary>
    /// Runs <paramref name="operation"/>; when Redis fails, or has not answered when <paramref name="cancellationToken"/>
    /// fires (the message's state budget), counts and (rarely) logs it and returns <paramref name="fallback"/>.
    /// </summary>
    public async ValueTask<T> RunAsync<T>(string name, Func<Task<T>> operation, T fallback, CancellationToken cancellationToken)
    {
        try
        {
            return await operation().WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RedisException or TimeoutException or OperationCanceledException)
        {
            Fallbacks.Add(1, new KeyValuePair<string, object?>("operation", name));
            var now = clock.GetTimestamp();
            var next = Interlocked.Read(ref _nextLogTimestamp);
            if (now >= next && Interlocked.CompareExchange(ref _nextLogTimestamp, now + (long)(LogInterval.TotalSeconds * clock.TimestampFrequency), next) == next)
            {
                LogFailed(name, e.GetType().Name, e.Message);
            }

            return fallback;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Redis failed during {Operation} ({ErrorType}: {ErrorMessage}); answering without shared state until it is back (logged at most once a minute)")]
    private partial void LogFailed(string operation, string errorType, string errorMessage);
}
