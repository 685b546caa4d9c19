using DealBot.Discord.Tests.Fakes;
using DealBot.Discord.Tests.Harness;

namespace DealBot.Discord.Tests.Scenarios;

public sealed class HeartbeatTest
{
    [Fact]
    public async Task Heartbeats_CarryTheLastSequence()
    {
        await using var discord = await FakeDiscord.StartAsync(TestToken.Value);
        discord.Gateway.HeartbeatInterval = TimeSpan.FromMilliseconds(100);
        await using var bot = await BotHarness.StartAsync(discord);

        await discord.Gateway.DispatchAsync("TYPING_START", new System.Text.Json.Nodes.JsonObject());
        var last = await discord.Gateway.DispatchAsync("TYPING_START", new System.Text.Json.Nodes.JsonObject());

        await discord.WaitUntilAsync(() => discord.Gateway.Heartbeats.Any(h => h.Data?.ToJsonString() == last.ToString()), $"a heartbeat with d = {last}");
    }

    [Fact]
    public async Task HeartbeatRequest_IsAnsweredAtOnce()
    {
        await using var bot = await BotHarness.StartAsync();
        var before = bot.Discord.Gateway.Heartbeats.Count;

        await bot.Discord.Gateway.RequestHeartbeatAsync();

        await bot.Discord.WaitUntilAsync(() => bot.Discord.Gateway.Heartbeats.Count > before, "a heartbeat");
        Assert.Equal("1", bot.Discord.Gateway.Heartbeats[^1].Data!.ToJsonString());
    }

    [Fact]
    public async Task RequestedHeartbeatNotYetAcked_IsNoZombieAtTheNextScheduledBeat()
    {
        await using var discord = await FakeDiscord.StartAsync(TestToken.Value);
        discord.Gateway.HeartbeatInterval = TimeSpan.FromMilliseconds(300);
        await using var bot = await BotHarness.StartAsync(discord);
        await discord.WaitUntilAsync(() => discord.Gateway.AcksSent >= 1, "a scheduled heartbeat ACKed");

        // Asked right after that ACK, well before the next scheduled beat; the answer's ACK has not come by then.
        await discord.Gateway.RequestHeartbeatAsync(withholdAck: true);
        var first = discord.Gateway.Connections[0];
        var sent = discord.Gateway.Heartbeats.Count(h => h.Connection == 1);

        await discord.WaitUntilAsync(
            () => first.Ended || discord.Gateway.Heartbeats.Count(h => h.Connection == 1) >= sent + 3, "the requested heartbeat and two scheduled ones");
        Assert.False(first.Ended, "the connection was closed as a zombie");
        Assert.Single(discord.Gateway.Connections);
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Message.Contains("missed a heartbeat ACK", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MissingAck_ClosesTheZombieResumablyAndResumes()
    {
        await using var discord = await FakeDiscord.StartAsync(TestToken.Value);
        discord.Gateway.HeartbeatInterval = TimeSpan.FromMilliseconds(100);
        discord.Gateway.WithholdAcks = true;
        await using var bot = await BotHarness.StartAsync(discord);
        var first = discord.Gateway.Connections[0];

        await discord.WaitUntilAsync(() => first.Ended, "the zombie connection to be closed");
        discord.Gateway.WithholdAcks = false;

        await discord.WaitUntilAsync(() => discord.Gateway.Resumes.Count == 1 && discord.Gateway.IsAttached(), "a resume");
        Assert.Equal(4000, first.ClientCloseCode);
        Assert.Single(discord.Gateway.Heartbeats, h => h.Connection == 1);
        Assert.Contains(bot.Logs.Entries, e => e.Message.Contains("missed a heartbeat ACK", StringComparison.Ordinal));
        await bot.AskAsync("xai total");
    }
}
