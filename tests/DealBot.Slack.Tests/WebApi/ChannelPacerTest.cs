using DealBot.Slack.WebApi;
using Microsoft.Extensions.Time.Testing;

namespace DealBot.Slack.Tests.WebApi;

/// <summary>One message per interval per channel, in arrival order; channels do not wait for each other.</summary>
public sealed class ChannelPacerTest
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void WaitTurn_SameChannel_OneSlotPerInterval()
    {
        var pacer = new ChannelPacer(_clock, TimeSpan.FromSeconds(1));

        var turns = Enumerable.Range(0, 3).Select(_ => pacer.WaitTurnAsync("T1:C1", CancellationToken.None)).ToArray();

        Assert.Equal([true, false, false], turns.Select(t => t.IsCompleted));
        _clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(turns[1].IsCompleted);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal([true, true, false], turns.Select(t => t.IsCompleted));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(turns[2].IsCompleted);
    }

    [Fact]
    public void WaitTurn_OtherChannel_NotHeldUp()
    {
        var pacer = new ChannelPacer(_clock, TimeSpan.FromSeconds(1));
        _ = pacer.WaitTurnAsync("T1:C1", CancellationToken.None);
        _ = pacer.WaitTurnAsync("T1:C1", CancellationToken.None);

        Assert.True(pacer.WaitTurnAsync("T1:C2", CancellationToken.None).IsCompleted);
        Assert.True(pacer.WaitTurnAsync("T2:C1", CancellationToken.None).IsCompleted);
    }

    [Fact]
    public void WaitTurn_QuietChannel_NoWait()
    {
        var pacer = new ChannelPacer(_clock, TimeSpan.FromSeconds(1));
        _ = pacer.WaitTurnAsync("T1:C1", CancellationToken.None);

        _clock.Advance(TimeSpan.FromSeconds(5));

        Assert.True(pacer.WaitTurnAsync("T1:C1", CancellationToken.None).IsCompleted);
    }

    [Fact]
    public void ManyChannelsGoneQuiet_AreForgotten_WhileABusyChannelKeepsItsTurn()
    {
        var pacer = new ChannelPacer(_clock, TimeSpan.FromSeconds(1));
        var busy = Enumerable.Range(0, 3).Select(_ => pacer.WaitTurnAsync("T1:busy", CancellationToken.None)).ToArray();
        for (var i = 0; i < 20_000; i++)
        {
            _ = pacer.WaitTurnAsync($"T1:C{i}", CancellationToken.None);
        }

        _clock.Advance(TimeSpan.FromSeconds(1));
        for (var i = 0; i < 1_000; i++)
        {
            _ = pacer.WaitTurnAsync($"T2:C{i}", CancellationToken.None);
        }

        Assert.InRange(pacer.Count, 1_001, 2 * 1_001);
        Assert.Equal([true, true, false], busy.Select(t => t.IsCompleted));
        var next = pacer.WaitTurnAsync("T1:busy", CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal([true, false], new[] { busy[2], next }.Select(t => t.IsCompleted));
    }
}
