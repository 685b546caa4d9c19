using DealBot.Chat;
using DealBot.Chat.Conversations;
using DealBot.Chat.Pipeline;
using DealBot.Chat.Safety;
using DealBot.Core.Answers;
using DealBot.Core.Catalog;
using DealBot.Language;

namespace DealBot.Slack.Tests.Fakes;

/// <summary>The real chat pipeline on the shipped catalog, as the host builds it; the catalog and parser are shared.</summary>
public static class ChatPipeline
{
    private static readonly Lazy<(DealCatalog Catalog, QuestionParser Parser)> Shared = new(() =>
    {
        var catalog = CatalogLoader.LoadDefault();
        return (catalog, new QuestionParser(catalog));
    });

    public static DealCatalog Catalog => Shared.Value.Catalog;

    public static MessageHandler Create(TimeProvider clock, int perMinute = 1000, int burst = 1000)
    {
        var (catalog, parser) = Shared.Value;
        var engine = new ChatEngine(parser, new Answerer(catalog, clock), new InMemoryConversationStore(clock, TimeSpan.FromHours(1)));
        return new MessageHandler(engine, new DeliveryDeduplicator(clock, TimeSpan.FromMinutes(10)), new UserRateLimiter(clock, perMinute, burst));
    }
}
