using DealBot.Discord.Gateway;
using DealBot.Discord.Tests.Fakes;
using DealBot.Discord.Tests.Harness;

namespace DealBot.Discord.Tests.Scenarios;

public sealed class ReconnectBackoffTest
{
    private sealed class FixedDelays(params int[] milliseconds) : IReconnectStrategy
    {
        public IEnumerable<TimeSpan> GetDelays() => milliseconds.Select(ms => TimeSpan.FromMilliseconds(ms)).Concat(Enumerable.Repeat(TimeSpan.FromSeconds(5), 100));
    }

    [Fact]
    public async Task FailingConnections_AreRetriedAfterEachDelayOfTheStrategy()
    {
        await using var discord = await FakeDiscord.StartAsync(TestToken.Value);
        discord.Gateway.CloseAfterHello = 4000;
        var configuration = new DiscordBotConfiguration
        {
            Reconnect = new FixedDelays(0, 100, 200, 300),
            IdentifyInterval = TimeSpan.FromMilliseconds(1),
            CloseTimeout = TimeSpan.FromMilliseconds(200),
        };

        await using var bot = await BotHarness.StartAsync(discord, configuration: configuration, waitForReady: false);
        await discord.WaitUntilAsync(() => discord.Gateway.Connections.Count >= 5, "five connection attempts");

        var connections = discord.Gateway.Connections;
        Assert.True(connections[2].OpenedAt - connections[1].ServerClosingAt >= TimeSpan.FromMilliseconds(80), "second delay (100 ms)");
        Assert.True(connections[3].OpenedAt - connections[2].ServerClosingAt >= TimeSpan.FromMilliseconds(160), "third delay (200 ms)");
        Assert.True(connections[4].OpenedAt - connections[3].ServerClosingAt >= TimeSpan.FromMilliseconds(240), "fourth delay (300 ms)");
    }
}
