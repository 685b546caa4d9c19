using DealBot.Chat.Conversations;
using DealBot.Chat.Safety;
using DealBot.Redis.Conversations;
using DealBot.Redis.Safety;
using DealBot.Redis.Tests.Fixtures;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DealBot.Redis.Tests;

[Collection(RedisCollection.Name)]
public sealed class RedisServiceCollectionExtensionsTest(RedisServer server)
{
    [Fact]
    public void AddRedisState_NoConfiguration_KeepsTheInMemoryDefaults()
    {
        using var provider = Build([]);

        Assert.IsType<InMemoryConversationStore>(provider.GetRequiredService<IConversationStore>());
        Assert.IsType<DeliveryDeduplicator>(provider.GetRequiredService<IDeliveryDeduplicator>());
        Assert.IsType<UserRateLimiter>(provider.GetRequiredService<IUserRateLimiter>());
    }

    [Fact]
    public async Task AddRedisState_WithConfiguration_ReplacesEveryStoreWithASharedOne()
    {
        using var provider = Build(new() { ["Redis:Configuration"] = server.Configuration, ["Redis:KeyPrefix"] = BotInstance.NewPrefix(), ["Redis:MessageBudget"] = "00:00:01" });
        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.IsType<RedisConversationStore>(Assert.Single(provider.GetServices<IConversationStore>()));
        Assert.IsType<RedisDeliveryDeduplicator>(Assert.Single(provider.GetServices<IDeliveryDeduplicator>()));
        Assert.IsType<RedisUserRateLimiter>(Assert.Single(provider.GetServices<IUserRateLimiter>()));
        Assert.True(await provider.GetRequiredService<IDeliveryDeduplicator>().TryBeginAsync("slack:Ev-di"));
        Assert.False(await provider.GetRequiredService<IDeliveryDeduplicator>().TryBeginAsync("slack:Ev-di"));
    }

    [Fact]
    public async Task AddRedisState_UsesTheDealBotRateLimitSettings()
    {
        using var provider = Build(new()
        {
            ["Redis:Configuration"] = server.Configuration,
            ["Redis:KeyPrefix"] = BotInstance.NewPrefix(),
            ["DealBot:RateLimitPerMinute"] = "1",
            ["DealBot:RateLimitBurst"] = "2",
            ["Redis:MessageBudget"] = "00:00:01",
        });
        var limiter = provider.GetRequiredService<IUserRateLimiter>();

        var granted = new List<bool>();
        for (var i = 0; i < 3; i++)
        {
            granted.Add(await limiter.TryAcquireAsync("u"));
        }

        Assert.Equal([true, true, false], granted);
    }

    [Fact]
    public void Validate_BadSettings_OneClearMessageEach_PasswordNeverShown()
    {
        using var provider = Build(new()
        {
            ["Redis:Configuration"] = "password=hunter2-secret,ssl=maybe",
            ["Redis:KeyPrefix"] = "has space",
            ["Redis:DeliveryWindow"] = "forever",
            ["Redis:Hostname"] = "redis",
            ["Redis:MessageBudget"] = "00:00:05",
        });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal(
            [
                "Redis:Hostname is not a Redis setting (known: Configuration, KeyPrefix, DeliveryWindow, MessageBudget).",
                "Redis:DeliveryWindow must be a time span such as 01:00:00, not 'forever'.",
                "Redis:Configuration is not a StackExchange.Redis configuration string with at least one host:port (e.g. redis:6379,password=…); "
                + "the value is not shown because it may hold a password.",
                "Redis:KeyPrefix must be at most 64 characters with no spaces, not 'has space'.",
                "Redis:MessageBudget must be between 10 ms and 1000 ms (e.g. 00:00:00.250), not 00:00:05.",
            ],
            error.Failures);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WindowOutOfRange_SaysTheRange()
    {
        using var provider = Build(new() { ["Redis:Configuration"] = server.Configuration, ["Redis:DeliveryWindow"] = "00:00:10" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal(["Redis:DeliveryWindow must be between 00:01:00 and 7.00:00:00, not 00:00:10."], error.Failures);
    }

    [Fact]
    public void Options_ToString_HidesTheConfigurationString()
    {
        var options = new RedisOptions { Configuration = "redis:6379,password=hunter2" };

        Assert.DoesNotContain("hunter2", options.ToString(), StringComparison.Ordinal);
    }

    /// <summary>The host's defaults (as DealBotServices registers them), then AddRedisState.</summary>
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConversationStore>(new InMemoryConversationStore(TimeProvider.System, TimeSpan.FromHours(1)));
        services.AddSingleton<IDeliveryDeduplicator>(new DeliveryDeduplicator(TimeProvider.System, TimeSpan.FromHours(1)));
        services.AddSingleton<IUserRateLimiter>(new UserRateLimiter(TimeProvider.System, 20, 5));
        services.AddRedisState(configuration);
        return services.BuildServiceProvider();
    }
}
