using DealBot.Chat;
using DealBot.Chat.Conversations;
using DealBot.Core.Queries;

namespace DealBot.Chat.Tests.Conversations;

public class InMemoryConversationStoreTest
{
    private static readonly DealQuery Query = new() { Kind = QueryKind.Deal, Measure = Measure.YearlyCost };

    [Fact]
    public void GetLast_WithinLifetime_ReturnsQuery_AfterItExpires()
    {
        var clock = new FixedClock();
        var store = new InMemoryConversationStore(clock, TimeSpan.FromMinutes(60));
        var key = new ConversationKey("discord", "c1", "u1");
        store.SetLast(key, Query);

        Assert.Equal(Query, store.GetLast(key));
        clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Null(store.GetLast(key));
    }

    [Fact]
    public void GetLast_OtherUserInSameChannel_HasNoContext()
    {
        var store = new InMemoryConversationStore(new FixedClock(), TimeSpan.FromMinutes(60));
        store.SetLast(new ConversationKey("slack", "C1", "alice"), Query);

        Assert.Null(store.GetLast(new ConversationKey("slack", "C1", "bob")));
    }

    [Theory]
    [InlineData("slack", "C1", "U1", "slack", "C1U", "1")]
    [InlineData("slack", "C1", "U1", "slackC1", "", "U1")]
    [InlineData("slack", "T1:C1", "U1", "discord", "T1:C1", "U1")]
    public void GetLast_KeysWhosePartsJoinAlike_AreDifferentConversations(
        string platform, string place, string user, string otherPlatform, string otherPlace, string otherUser)
    {
        var store = new InMemoryConversationStore(new FixedClock(), TimeSpan.FromMinutes(60));
        store.SetLast(new ConversationKey(platform, place, user), Query);

        Assert.Null(store.GetLast(new ConversationKey(otherPlatform, otherPlace, otherUser)));
        Assert.Equal(Query, store.GetLast(new ConversationKey(platform, place, user)));
    }

    [Fact]
    public void GetLast_LongPlaceAndUser_AreKeptLikeShortOnes()
    {
        var store = new InMemoryConversationStore(new FixedClock(), TimeSpan.FromMinutes(60));
        var key = new ConversationKey("slack", new string('C', 5_000), new string('U', 300));
        store.SetLast(key, Query);

        Assert.Equal(Query, store.GetLast(key with { Place = new string('C', 5_000) }));
        Assert.Null(store.GetLast(key with { Place = new string('C', 4_999) }));
    }

    [Fact]
    public void SetLast_AtCapacity_DropsOldest()
    {
        var clock = new FixedClock();
        var store = new InMemoryConversationStore(clock, TimeSpan.FromHours(1), capacity: 2);
        var (a, b, c) = (new ConversationKey("x", "1", "a"), new ConversationKey("x", "1", "b"), new ConversationKey("x", "1", "c"));

        store.SetLast(a, Query);
        clock.Advance(TimeSpan.FromSeconds(1));
        store.SetLast(b, Query);
        clock.Advance(TimeSpan.FromSeconds(1));
        store.SetLast(c, Query);

        Assert.Null(store.GetLast(a));
        Assert.NotNull(store.GetLast(c));
    }

    [Fact]
    public void SetLast_AtCapacity_RemovesExpiredEntriesBeforeLiveOnes()
    {
        var clock = new FixedClock();
        var store = new InMemoryConversationStore(clock, TimeSpan.FromHours(1), capacity: 2);
        var (stale, live, next) = (new ConversationKey("x", "1", "a"), new ConversationKey("x", "1", "b"), new ConversationKey("x", "1", "c"));

        store.SetLast(stale, Query);
        clock.Advance(TimeSpan.FromHours(2));
        store.SetLast(live, Query);
        store.SetLast(next, Query);

        Assert.Equal(Query, store.GetLast(live));
        Assert.Equal(Query, store.GetLast(next));
        Assert.Equal(2, store.Count);
    }

    [Fact]
    public async Task Sweep_EveryThousandWrites_ForgetsExpiredConversations_InTheBackground()
    {
        var clock = new FixedClock();
        var store = new InMemoryConversationStore(clock, TimeSpan.FromHours(1));
        for (var i = 0; i < PeriodicSweep.DefaultEvery - 1; i++)
        {
            store.SetLast(new ConversationKey("x", "1", $"old{i}"), Query);
        }

        clock.Advance(TimeSpan.FromHours(2));
        store.SetLast(new ConversationKey("x", "1", "new"), Query);
        await store.LastSweep.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Null(store.GetLast(new ConversationKey("x", "1", "old0")));
        Assert.InRange(store.Count, 0, 1);
    }

    [Fact]
    public void SetLast_FullOfLiveConversations_StaysWithinCapacity_AndKeepsTheNewest()
    {
        var clock = new FixedClock();
        var store = new InMemoryConversationStore(clock, TimeSpan.FromHours(1), capacity: 100);
        for (var i = 0; i < 1_000; i++)
        {
            store.SetLast(new ConversationKey("x", "1", $"u{i}"), Query);
            clock.Advance(TimeSpan.FromMilliseconds(10));
            Assert.InRange(store.Count, 1, 100);
        }

        Assert.Equal(Query, store.GetLast(new ConversationKey("x", "1", "u999")));
        Assert.Null(store.GetLast(new ConversationKey("x", "1", "u0")));
    }
}
