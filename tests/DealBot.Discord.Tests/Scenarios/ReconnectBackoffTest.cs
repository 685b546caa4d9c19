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

        var opened = discord.Gateway.Connections.Select(c => c.OpenedAt).ToArray();
        Assert.True(opened[2] - opened[1] >= TimeSpan.FromMilliseconds(100), "second delay");
        Assert.True(opened[3] - opened[2] >= TimeSpan.FromMilliseconds(200), "third delay");
        Assert.True(opened[4] - opened[3] >= TimeSpan.FromMilliseconds(300), "fourth delay");
    }
}
