using System.Diagnostics.Metrics;
using DealBot.Chat.Conversations;
using DealBot.Chat.Pipeline;
using DealBot.Chat.Safety;
using DealBot.Redis.Conversations;
using DealBot.Redis.Safety;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DealBot.Redis;

public static class RedisServiceCollectionExtensions
{
    /// <summary>
    /// When <c>Redis:Configuration</c> is set, replaces the in-memory <see cref="IConversationStore"/>,
    /// <see cref="IDeliveryDeduplicator"/> and <see cref="IUserRateLimiter"/> with Redis ones, so every replica shares
    /// context, dedupe and rate limits, each failing safe through <see cref="RedisFallback"/> within the message's
    /// <see cref="StateBudget"/> (<c>Redis:MessageBudget</c>). Call it after the host registers its defaults. When the
    /// setting is empty it changes nothing. The Redis section is validated at start-up (<c>ValidateOnStart</c>), one message per problem.
    /// </summary>
    public static IServiceCollection AddRedisState(this IServiceCollection services, IConfiguration configuration)
    {
        if (!services.TryAddRedisConnection(configuration))
        {
            return services;
        }

        var settings = SharedStateSettings.From(configuration);
        services.RemoveAll<IConversationStore>();
        services.AddSingleton<IConversationStore>(provider => new RedisConversationStore(
            Database(provider), provider.GetRequiredService<RedisKeys>(), settings.ConversationLifetime, provider.GetRequiredService<RedisFallback>()));

        services.RemoveAll<IDeliveryDeduplicator>();
        services.AddSingleton<IDeliveryDeduplicator>(provider => new RedisDeliveryDeduplicator(
            Database(provider),
            provider.GetRequiredService<RedisKeys>(),
            provider.GetRequiredService<IOptions<RedisOptions>>().Value.DeliveryWindow,
            provider.GetRequiredService<RedisFallback>()));

        // Every message's state calls together get Redis:MessageBudget; a call that has not answered by then is
        // answered by the replica alone (RedisFallback).
        services.RemoveAll<StateBudget>();
        services.AddSingleton(provider => new StateBudget(
            provider.GetRequiredService<IOptions<RedisOptions>>().Value.MessageBudget, provider.GetRequiredService<TimeProvider>()));

        services.RemoveAll<IUserRateLimiter>();
        services.AddSingleton<IUserRateLimiter>(provider => new RedisUserRateLimiter(
            Database(provider),
            provider.GetRequiredService<RedisKeys>(),
            provider.GetRequiredService<TimeProvider>(),
            settings.RateLimitPerMinute,
            settings.RateLimitBurst,
            provider.GetRequiredService<RedisFallback>()));
        return services;
    }

    /// <summary>
    /// Registers the Redis options (validated at start-up), the process's one <see cref="IConnectionMultiplexer"/>
    /// (opened as the host starts, <see cref="RedisConnectionStart"/>),
    /// <see cref="RedisKeys"/>, <see cref="RedisFallback"/> and its health check, once however often it is called.
    /// False (and nothing registered) when <c>Redis:Configuration</c> is empty.
    /// </summary>
    public static bool TryAddRedisConnection(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(RedisOptions.Section);
        if (string.IsNullOrWhiteSpace(section[nameof(RedisOptions.Configuration)]))
        {
            return false;
        }

        if (services.Any(d => d.ServiceType == typeof(IConfigureOptions<RedisOptions>) && d.ImplementationInstance is RedisOptionsSetup))
        {
            return true;
        }

        services.AddOptions<RedisOptions>().ValidateOnStart();
        services.AddSingleton<IConfigureOptions<RedisOptions>>(new RedisOptionsSetup(section));
        services.AddSingleton<IValidateOptions<RedisOptions>, RedisOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IConnectionMultiplexer>(provider => RedisConnection.Connect(
            provider.GetRequiredService<IOptions<RedisOptions>>().Value, provider.GetService<ILoggerFactory>()));
        services.AddHostedService<RedisConnectionStart>();
        services.TryAddSingleton(provider => new RedisKeys(provider.GetRequiredService<IOptions<RedisOptions>>().Value.KeyPrefix));
        services.TryAddSingleton(provider => new RedisFallback(
            provider.GetService<ILogger<RedisFallback>>() ?? NullLogger<RedisFallback>.Instance,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IOptions<RedisOptions>>().Value.MessageBudget,
            meters: provider.GetService<IMeterFactory>(),
            ping: () => provider.GetRequiredService<IConnectionMultiplexer>().GetDatabase().PingAsync()));

        // The client logs every failed reconnect (about once a second in an outage) as an error; the breaker's two lines
        // say when an outage starts and ends, with the client's reason.
        services.Configure<LoggerFilterOptions>(options => options.Rules.Add(new LoggerFilterRule(null, "StackExchange.Redis", LogLevel.Critical, null)));
        services.AddHealthChecks().AddCheck<SharedStateHealthCheck>(SharedStateHealthCheck.Name, tags: [SharedStateHealthCheck.LiveTag, "ready"]);
        return true;
    }

    private static IDatabase Database(IServiceProvider provider) => provider.GetRequiredService<IConnectionMultiplexer>().GetDatabase();
}
