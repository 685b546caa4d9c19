using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace DealBot.Redis;

/// <summary>
/// Opens the one multiplexer a process shares, as the host starts (<see cref="RedisConnectionStart"/>). Start-up waits
/// for one connection attempt only (at most the connect timeout, 5 s by default, and at once when the port refuses):
/// after that the client keeps reconnecting in the background, about once a second. A command sent while no connection
/// is up fails at once instead of waiting in the client's backlog: <see cref="RedisFallback"/> answers it, and the
/// command is not sent late, after the answer went out without it.
/// </summary>
public static class RedisConnection
{
    public static IConnectionMultiplexer Connect(RedisOptions options, ILoggerFactory? loggerFactory = null)
    {
        var configuration = ConfigurationOptions.Parse(options.Configuration ?? throw new InvalidOperationException("Redis:Configuration is empty."));
        configuration.AbortOnConnectFail = false;

        // The client's default, three attempts in the foreground, held start-up (or, opened lazily, the first message)
        // about 10 s while Redis was down; the background reconnects do the rest.
        configuration.ConnectRetry = 1;
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
