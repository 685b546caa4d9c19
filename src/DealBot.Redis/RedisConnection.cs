using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace DealBot.Redis;

/// <summary>Opens the one multiplexer a process shares. Start-up never waits for Redis: the client keeps reconnecting.</summary>
public static class RedisConnection
{
    public static IConnectionMultiplexer Connect(RedisOptions options, ILoggerFactory? loggerFactory = null)
    {
        var configuration = ConfigurationOptions.Parse(options.Configuration ?? throw new InvalidOperationException("Redis:Configuration is empty."));
        configuration.AbortOnConnectFail = false;
        configuration.ClientName ??= "DealBot";
        if (loggerFactory is not null)
        {
            configuration.LoggerFactory = loggerFactory;
        }

        return ConnectionMultiplexer.Connect(configuration);
    }
}
