using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace DealBot.Redis.Tests.Fixtures;

/// <summary>
/// For tests of what replicas share (not of time): the breaker as the host registers it, but letting each Redis call
/// take up to <see cref="BotInstance.Patience"/>, so a slow first call on a busy test machine (Data Protection creating
/// its key ring, the JIT) is not answered alone. Register it before AddRedisState / AddSlackRedisInstallations.
/// </summary>
public static class PatientFallback
{
    public static IServiceCollection AddPatientRedisFallback(this IServiceCollection services) =>
        services.AddSingleton(provider => new RedisFallback(
            provider.GetRequiredService<ILogger<RedisFallback>>(),
            provider.GetService<TimeProvider>() ?? TimeProvider.System,
            BotInstance.Patience,
            ping: () => provider.GetRequiredService<IConnectionMultiplexer>().GetDatabase().PingAsync()));
}
