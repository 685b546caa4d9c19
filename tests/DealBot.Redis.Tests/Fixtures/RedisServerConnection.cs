using DealBot.Load.Redis;
using StackExchange.Redis;

namespace DealBot.Redis.Tests.Fixtures;

public static class RedisServerConnection
{
    /// <summary>A new, independent client, opened as the bot opens it: one per simulated bot instance.</summary>
    public static IConnectionMultiplexer Connect(this RedisServer server) => RedisConnection.Connect(new RedisOptions { Configuration = server.Configuration });
}
