using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace DealBot.Redis;

/// <summary>Opens the one multiplexer a process shares. Start-up never waits for Redis: the client keeps reconnecting.</summary>
public static class RedisConnection
{
    /// <summary>
    /// The fewest thread-pool workers a process using the Redis stores keeps ready. Chat's state interfaces are
    /// synchronous, so each call blocks a worker until Redis replies, and on Linux that reply is itself delivered by a
    /// pool worker: with the default minimum (one per core) a burst of questions starves the replies and every call
    /// times out. Raising the minimum (never lowering it) keeps workers free for the replies.
    /// </summary>
    public const int MinWorkerThreads = 64;

    public static IConnectionMultiplexer Connect(RedisOptions options, ILoggerFactory? loggerFactory = null)
    {
        var configuration = ConfigurationOptions.Parse(options.Configuration ?? throw new InvalidOperationException("Redis:Configuration is empty."));
        configuration.AbortOnConnectFail = false;
        configuration.ClientName ??= "DealBot";
        if (loggerFactory is not null)
        {
            configuration.LoggerFactory = loggerFactory;
        }

        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        if (workers < MinWorkerThreads)
        {
            ThreadPool.SetMinThreads(MinWorkerThreads, completionPorts);
        }

        return ConnectionMultiplexer.Connect(configuration);
    }
}
