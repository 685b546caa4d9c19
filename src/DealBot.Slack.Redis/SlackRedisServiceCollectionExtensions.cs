using DealBot.Redis;
using DealBot.Slack.Installations;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DealBot.Slack.Redis;

public static class SlackRedisServiceCollectionExtensions
{
    /// <summary>
    /// When <c>Redis:Configuration</c> is set, keeps Slack installations (<see cref="RedisInstallationStore"/>) and the
    /// Data Protection key ring that encrypts their tokens in Redis, so any replica can use an install that another
    /// saved. Call it after <c>AddSlackPlatform</c>: it replaces that method's file store and file key ring, keeping
    /// its sealing of the ring with <c>Slack:TokenEncryptionKey</c>. When the setting is empty, or installations are
    /// not kept (single-workspace mode without a key), it changes nothing. Installations are kept in memory
    /// (<see cref="RedisInstallationStore"/>), all of them read at start (<see cref="InstallationWarmUp"/>).
    /// </summary>
    public static IServiceCollection AddSlackRedisInstallations(this IServiceCollection services, IConfiguration configuration)
    {
        if (!SlackServiceCollectionExtensions.KeepsInstallations(configuration) || !services.TryAddRedisConnection(configuration))
        {
            return services;
        }

        services.AddOptions<KeyManagementOptions>().Configure<IConnectionMultiplexer, RedisKeys>((options, redis, keys) =>
            options.XmlRepository = new RedisXmlRepository(() => redis.GetDatabase(), keys.Child("slack") + "dataprotection-keys"));

        services.RemoveAll<ISlackInstallationStore>();
        services.AddSingleton<RedisInstallationStore>();
        services.AddSingleton<ISlackInstallationStore>(provider => provider.GetRequiredService<RedisInstallationStore>());

        // Every installation read into memory at start, so an outage later cannot stop answering any installed workspace.
        services.AddHostedService<InstallationWarmUp>();
        return services;
    }
}
