using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace DealBot.Redis.Tests.Fixtures;

/// <summary>
/// For tests of what replicas share (not of time): the breaker as the host registers it, but letting each Redis call
/// take up to <see cref="BotInstance.Patience"/>, so a slow first call on a busy test machine (Data Protection creating
/// its key ring, the JIT) is not answered alone. Register it before AddRedisState / AddSlackRedisInstallations. With
/// <paramref name="reachable"/>, its own PINGs fail while that says false: the test decides when it finds Redis back.
/// </summary>
public static class PatientFallback
{
    public static IServiceCollection AddPatientRedisFallback(this IServiceCollection services, Func<bool>? reachable = null) =>
        services.AddSingleton(provider => new RedisFallback(
            provider.GetRequiredService<ILogger<RedisFallback>>(),
            provider.GetService<TimeProvider>() ?? TimeProvider.System,
            BotInstance.Patience,
            ping: () => reachable?.Invoke() is false
                ? Task.FromException(new RedisConnectionException(ConnectionFailureType.UnableToConnect, "unreachable, as the test says"))
                : provider.GetRequiredService<IConnectionMultiplexer>().GetDatabase().PingAsync()));
}
