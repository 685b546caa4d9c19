using DealBot.Chat;
using DealBot.Chat.Conversations;
using DealBot.Chat.Pipeline;
using DealBot.Chat.Safety;
using DealBot.Core.Answers;
using DealBot.Core.Catalog;
using DealBot.Language;
using Microsoft.Extensions.DependencyInjection;

namespace DealBot.Discord.Tests.Harness;

/// <summary>The real chat pipeline on the shipped catalog, registered as the host registers it.</summary>
public static class ChatPipeline
{
    public static DealCatalog Catalog { get; } = CatalogLoader.LoadDefault();

    public static IServiceCollection AddChatPipeline(this IServiceCollection services, TimeProvider clock, int perMinute = 1000, int burst = 1000)
    {
        var parser = new QuestionParser(Catalog);
        var answerer = new Answerer(Catalog, clock);
        var engine = new ChatEngine(parser, answerer, new InMemoryConversationStore(clock, TimeSpan.FromHours(1)));
        services.AddSingleton(clock);
        services.AddSingleton(Catalog);
        services.AddSingleton(engine);
        services.AddSingleton(new MessageHandler(engine, new DeliveryDeduplicator(clock, TimeSpan.FromMinutes(10)), new UserRateLimiter(clock, perMinute, burst)));
        return services;
    }

    public static ChatEngine Engine(TimeProvider clock) =>
        new(new QuestionParser(Catalog), new Answerer(Catalog, clock), new InMemoryConversationStore(clock, TimeSpan.FromHours(1)));
}
