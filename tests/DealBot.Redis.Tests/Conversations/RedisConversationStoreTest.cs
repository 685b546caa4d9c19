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
    public void GetLast_AfterRestart_NewInstanceSeesTheConversation()
    {
        using (var before = new BotInstance(server, _prefix))
        {
            before.Conversations(TimeSpan.FromHours(1)).SetLast(Alice, XaiPerYear);
        }

        using var after = new BotInstance(server, _prefix);
        var read = after.Conversations(TimeSpan.FromHours(1)).GetLast(Alice);

        Assert.NotNull(read);
        Assert.Equal(Measure.YearlyCost, read.Measure);
        Assert.Equal(["anthropic-xai"], read.DealIds);
    }

    [Fact]
    public void SetLast_SetsTheConversationLifetimeAsTimeToLive()
    {
        using var bot = new BotInstance(server, _prefix);

        bot.Conversations(TimeSpan.FromMinutes(60)).SetLast(Alice, XaiPerYear);

        var ttl = bot.Database.KeyTimeToLive(bot.Keys.Conversation(Alice.Platform, Alice.Place, Alice.User));
        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, TimeSpan.FromMinutes(59), TimeSpan.FromMinutes(60));
    }

    [Fact]
    public void GetLast_AfterTheLifetime_IsNull()
    {
        using var bot = new BotInstance(server, _prefix);
        var store = bot.Conversations(TimeSpan.FromMilliseconds(200));

        store.SetLast(Alice, XaiPerYear);
        Thread.Sleep(600);

        Assert.Null(store.GetLast(Alice));
    }

    [Fact]
    public void GetLast_OtherUserOrPlace_IsNull()
    {
        using var bot = new BotInstance(server, _prefix);
        var store = bot.Conversations(TimeSpan.FromHours(1));

        store.SetLast(Alice, XaiPerYear);

        Assert.Null(store.GetLast(Alice with { User = "U-bob" }));
        Assert.Null(store.GetLast(Alice with { Place = "T1/C43" }));
    }

    [Fact]
    public void GetLast_SeparatorInsideAPart_DoesNotReachAnotherConversation()
    {
        using var bot = new BotInstance(server, _prefix);
        var store = bot.Conversations(TimeSpan.FromHours(1));

        store.SetLast(new ConversationKey("slack", "T1:C42", "U-alice"), XaiPerYear);

        Assert.Null(store.GetLast(new ConversationKey("slack:T1", "C42", "U-alice")));
        Assert.NotNull(store.GetLast(new ConversationKey("slack", "T1:C42", "U-alice")));
    }

    [Fact]
    public void GetLast_JsonEntryWrittenBeforeTheBinaryEncoding_IsNoContext()
    {
        using var bot = new BotInstance(server, _prefix);
        var store = bot.Conversations(TimeSpan.FromHours(1));
        const string json = """{"v":1,"kind":"Deal","measure":"YearlyCost","dealIds":["anthropic-xai"],"suggestions":[]}""";

        bot.Database.StringSet(bot.Keys.Conversation(Alice.Platform, Alice.Place, Alice.User), json, TimeSpan.FromHours(1));

        Assert.Null(store.GetLast(Alice));
    }

    [Fact]
    public void FollowUp_AskedAtAnotherReplica_UsesTheFirstReplicasContext()
    {
        using var first = new BotInstance(server, _prefix);
        using var second = new BotInstance(server, _prefix);

        Engine(first).Ask(Alice, "how much does anthropic pay xai per year?");
        var followUp = Engine(second).Ask(Alice, "and per month?");

        Assert.True(followUp.Understood, followUp.Headline);
        Assert.Equal(["anthropic-xai"], followUp.DealIds);
        Assert.Equal(1.25e9, followUp.Value);
    }

    private static ChatEngine Engine(BotInstance bot) => new(
        new QuestionParser(Catalog), new Answerer(Catalog, new ManualClock()), bot.Conversations(TimeSpan.FromHours(1)));
}
