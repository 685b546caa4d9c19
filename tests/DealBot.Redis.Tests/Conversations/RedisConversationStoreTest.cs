using DealBot.Chat;
using DealBot.Chat.Conversations;
using DealBot.Core.Answers;
using DealBot.Core.Catalog;
using DealBot.Core.Queries;
using DealBot.Language;
using DealBot.Redis.Tests.Fixtures;

namespace DealBot.Redis.Tests.Conversations;

[Collection(RedisCollection.Name)]
public sealed class RedisConversationStoreTest(RedisServer server)
{
    private static readonly DealCatalog Catalog = CatalogLoader.LoadDefault();
    private static readonly ConversationKey Alice = new("slack", "T1/C42", "U-alice");
    private static readonly DealQuery XaiPerYear = new() { Kind = QueryKind.Deal, Measure = Measure.YearlyCost, DealIds = ["anthropic-xai"] };

    private readonly string _prefix = BotInstance.NewPrefix();

    [Fact]
    public async Task GetLast_AfterRestart_NewInstanceSeesTheConversation()
    {
        using (var before = new BotInstance(server, _prefix))
        {
            await before.Conversations(TimeSpan.FromHours(1)).SetLastAsync(Alice, XaiPerYear);
        }

        using var after = new BotInstance(server, _prefix);
        var read = await after.Conversations(TimeSpan.FromHours(1)).GetLastAsync(Alice);

        Assert.NotNull(read);
        Assert.Equal(Measure.YearlyCost, read.Measure);
        Assert.Equal(["anthropic-xai"], read.DealIds);
    }

    [Fact]
    public async Task SetLast_SetsTheConversationLifetimeAsTimeToLive()
    {
        using var bot = new BotInstance(server, _prefix);

        await bot.Conversations(TimeSpan.FromMinutes(60)).SetLastAsync(Alice, XaiPerYear);

        var ttl = bot.Database.KeyTimeToLive(bot.Keys.Conversation(Alice.Platform, Alice.Place, Alice.User));
        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, TimeSpan.FromMinutes(59), TimeSpan.FromMinutes(60));
    }

    [Fact]
    public async Task GetLast_AfterTheLifetime_IsNull()
    {
        using var bot = new BotInstance(server, _prefix);
        var store = bot.Conversations(TimeSpan.FromMilliseconds(200));

        await store.SetLastAsync(Alice, XaiPerYear);
        Thread.Sleep(600);

        Assert.Null(await store.GetLastAsync(Alice));
    }

    [Fact]
    public async Task GetLast_OtherUserOrPlace_IsNull()
    {
        using var bot = new BotInstance(server, _prefix);
        var store = bot.Conversations(TimeSpan.FromHours(1));

        await store.SetLastAsync(Alice, XaiPerYear);

        Assert.Null(await store.GetLastAsync(Alice with { User = "U-bob" }));
        Assert.Null(await store.GetLastAsync(Alice with { Place = "T1/C43" }));
    }

    [Fact]
    public async Task GetLast_SeparatorInsideAPart_DoesNotReachAnotherConversation()
    {
        using var bot = new BotInstance(server, _prefix);
        var store = bot.Conversations(TimeSpan.FromHours(1));

        await store.SetLastAsync(new ConversationKey("slack", "T1:C42", "U-alice"), XaiPerYear);

        Assert.Null(await store.GetLastAsync(new ConversationKey("slack:T1", "C42", "U-alice")));
        Assert.NotNull(await store.GetLastAsync(new ConversationKey("slack", "T1:C42", "U-alice")));
    }

    [Fact]
    public async Task GetLast_JsonEntryWrittenBeforeTheBinaryEncoding_IsNoContext()
    {
        using var bot = new BotInstance(server, _prefix);
        var store = bot.Conversations(TimeSpan.FromHours(1));
        const string json = """{"v":1,"kind":"Deal","measure":"YearlyCost","dealIds":["anthropic-xai"],"suggestions":[]}""";

        bot.Database.StringSet(bot.Keys.Conversation(Alice.Platform, Alice.Place, Alice.User), json, TimeSpan.FromHours(1));

        Assert.Null(await store.GetLastAsync(Alice));
    }

    [Fact]
    public async Task FollowUp_AskedAtAnotherReplica_UsesTheFirstReplicasContext()
    {
        using var first = new BotInstance(server, _prefix);
        using var second = new BotInstance(server, _prefix);

        await Engine(first).AskAsync(Alice, "how much does anthropic pay xai per year?");
        var followUp = await Engine(second).AskAsync(Alice, "and per month?");

        Assert.True(followUp.Understood, followUp.Headline);
        Assert.Equal(["anthropic-xai"], followUp.DealIds);
        Assert.Equal(1.25e9, followUp.Value);
    }

    private static ChatEngine Engine(BotInstance bot) => new(
        new QuestionParser(Catalog), new Answerer(Catalog, new ManualClock()), bot.Conversations(TimeSpan.FromHours(1)));
}
