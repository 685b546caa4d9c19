using DealBot.Chat.Safety;

namespace DealBot.Chat.Tests.Safety;

public class DeliveryDeduplicatorTest
{
    [Fact]
    public void TryBegin_SameIdTwice_OnlyFirstPasses()
    {
        var dedupe = new DeliveryDeduplicator(new FixedClock(), TimeSpan.FromMinutes(10));

        Assert.True(dedupe.TryBegin("Ev1"), "first");
        Assert.False(dedupe.TryBegin("Ev1"), "repeat");
        Assert.True(dedupe.TryBegin("Ev2"), "other id");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(59)]
    [InlineData(150)]
    [InlineData(599)]
    public void TryBegin_RepeatWithinTheWindow_IsRefused_HoweverTheIdFallsInAGeneration(int secondsIntoTheHour)
    {
        var clock = new FixedClock();
        clock.Advance(TimeSpan.FromSeconds(secondsIntoTheHour));
        var dedupe = new DeliveryDeduplicator(clock, TimeSpan.FromMinutes(10));
        dedupe.TryBegin("Ev1");

        clock.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromTicks(1));

        Assert.False(dedupe.TryBegin("Ev1"));
    }

    [Fact]
    public void TryBegin_AQuarterWindowAfterTheWindow_PassesAgain()
    {
        var clock = new FixedClock();
        var dedupe = new DeliveryDeduplicator(clock, TimeSpan.FromMinutes(10));
        dedupe.TryBegin("Ev1");

        clock.Advance(TimeSpan.FromMinutes(12.5));

        Assert.True(dedupe.TryBegin("Ev1"));
    }

    [Fact]
    public async Task TryBegin_Concurrent_ExactlyOneWins()
    {
        var dedupe = new DeliveryDeduplicator(new FixedClock(), TimeSpan.FromMinutes(10));

        var wins = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => dedupe.TryBegin("same"))));

        Assert.Equal(1, wins.Count(w => w));
    }

    [Fact]
    public void TryBegin_IdsDifferingOnlyInCaseOrPrefix_AreDifferentDeliveries()
    {
        var dedupe = new DeliveryDeduplicator(new FixedClock(), TimeSpan.FromMinutes(10));

        Assert.True(dedupe.TryBegin("slack:Ev1"));
        Assert.True(dedupe.TryBegin("slack:ev1"));
        Assert.True(dedupe.TryBegin("discord:Ev1"));
        Assert.False(dedupe.TryBegin("slack:Ev1"));
    }

    [Fact]
    public void OldGenerations_AreDroppedWhole_SoMemoryFollowsTheLastWindowOnly()
    {
        var clock = new FixedClock();
        var dedupe = new DeliveryDeduplicator(clock, TimeSpan.FromMinutes(10));
        for (var i = 0; i < 1000; i++)
        {
            dedupe.TryBegin($"old{i}");
        }

        clock.Advance(TimeSpan.FromMinutes(12.5));
        for (var i = 0; i < 24; i++)
        {
            dedupe.TryBegin($"new{i}");
        }

        Assert.Equal(24, dedupe.Count);
    }

    [Fact]
    public void ClockGoingBack_ForgetsNothing()
    {
        var clock = new FixedClock();
        clock.Advance(TimeSpan.FromMinutes(30));
        var dedupe = new DeliveryDeduplicator(clock, TimeSpan.FromMinutes(10));
        dedupe.TryBegin("Ev1");

        clock.Advance(TimeSpan.FromMinutes(-20));

        Assert.False(dedupe.TryBegin("Ev1"));
    }
}
