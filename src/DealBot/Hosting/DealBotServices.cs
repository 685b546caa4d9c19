using DealBot.Chat;
using DealBot.Chat.Conversations;
using DealBot.Chat.Pipeline;
using DealBot.Chat.Safety;
using DealBot.Core.Answers;
using DealBot.Core.Catalog;
using DealBot.Language;
using DealBot.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DealBot.Hosting;

/// <summary>The services every platform shares, all singletons: clock, catalog, parser, answerer, conversations, engine.</summary>
public static class DealBotServices
{
    public static IServiceCollection AddDealBot(this IServiceCollection services)
    {
        services.AddOptions<DealBotOptions>()
            .BindConfiguration(DealBotOptions.Section)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DealBotOptions>, DealBotOptionsValidator>();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(provider => LoadCatalog(
            provider.GetRequiredService<IOptions<DealBotOptions>>().Value,
            provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DealBotServices).FullName!)));
        services.AddSingleton(provider => new QuestionParser(provider.GetRequiredService<DealCatalog>()));
        services.AddSingleton(provider => new Answerer(provider.GetRequiredService<DealCatalog>(), provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IConversationStore>(provider => new InMemoryConversationStore(
            provider.GetRequiredService<TimeProvider>(),
            TimeSpan.FromMinutes(provider.GetRequiredService<IOptions<DealBotOptions>>().Value.ConversationMinutes)));
        services.AddSingleton(provider => new ChatEngine(
            provider.GetRequiredService<QuestionParser>(),
            provider.GetRequiredService<Answerer>(),
            provider.GetRequiredService<IConversationStore>()));
        services.AddSingleton<IUserRateLimiter>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<DealBotOptions>>().Value;
            return new UserRateLimiter(provider.GetRequiredService<TimeProvider>(), options.RateLimitPerMinute, options.RateLimitBurst);
        });

        // Platforms redeliver (Slack retries within minutes, Discord replays on resume): ten minutes covers both.
        services.AddSingleton<IDeliveryDeduplicator>(provider => new DeliveryDeduplicator(provider.GetRequiredService<TimeProvider>(), TimeSpan.FromMinutes(10)));
        // In memory the stores answer at once; AddRedisState replaces this with Redis:MessageBudget.
        services.AddSingleton(provider => new StateBudget(StateBudget.DefaultPerMessage, provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton(provider => new MessageHandler(
            provider.GetRequiredService<ChatEngine>(),
            provider.GetRequiredService<IDeliveryDeduplicator>(),
            provider.GetRequiredService<IUserRateLimiter>(),
            provider.GetRequiredService<StateBudget>()));
        return services;
    }

    /// <summary>
    /// The user's catalog file when one is configured, else the built-in one, with the configured default deal.
    /// Throws <see cref="CatalogException"/>, also for a default deal the catalog lacks, so start-up fails with one line.
    /// </summary>
    private static DealCatalog LoadCatalog(DealBotOptions options, ILogger logger)
    {
        var path = string.IsNullOrWhiteSpace(options.CatalogPath) ? null : Path.GetFullPath(options.CatalogPath);
        var catalog = path is null ? CatalogLoader.LoadDefault() : CatalogLoader.LoadFile(path);
        if (!string.IsNullOrWhiteSpace(options.DefaultDeal))
        {
            catalog = catalog.WithDefaultDeal(options.DefaultDeal.Trim());
        }

        logger.LogInformation(
            "Catalog loaded from {CatalogSource}: {DealCount} deals, {SourceCount} sources, default deal {DefaultDeal}",
            path ?? "built-in", catalog.Deals.Count, catalog.Sources.Count, catalog.DefaultDeal.Id);
        return catalog;
    }
}
