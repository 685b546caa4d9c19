using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace DealBot.Redis;

/// <summary>
/// Opens the one multiplexer a process shares. Start-up never waits for Redis: the client keeps reconnecting, about
/// once a second. A command sent while no connection is up fails at once instead of waiting in the client's backlog:
/// <see cref="RedisFallback"/> answers it, and the command is not sent late, after the answer went out without it.
/// </summary>
public static class RedisConnection
{
    public static IConnectionMultiplexer Connect(RedisOptions options, ILoggerFactory? loggerFactory = null)
    {
        var configuration = ConfigurationOptions.Parse(options.Configuration ?? throw new InvalidOperationException("Redis:Configuration is empty."));
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ReconnectRetryPolicy = new LinearRetry(1_000);
        configuration.ClientName ??= "DealBot";
        if (loggerFactory is not null)
        {
            configuration.LoggerFactory = loggerFactory;
        }

        return ConnectionMultiplexer.Connect(configuration);
    }
}
