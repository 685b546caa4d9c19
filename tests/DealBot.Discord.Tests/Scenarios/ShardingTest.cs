using DealBot.Discord.Gateway;
using DealBot.Discord.Tests.Fakes;
using DealBot.Discord.Tests.Harness;

namespace DealBot.Discord.Tests.Scenarios;

public sealed class ShardingTest
{
    [Fact]
    public async Task ShardCountFromGatewayBot_IdentifiesEachShard_OnePerIdentifyInterval()
    {
        await using var discord = await FakeDiscord.StartAsync(TestToken.Value);
        discord.RecommendedShards = 2;
        discord.MaxConcurrency = 1;

        await using var bot = await BotHarness.StartAsync(discord);
        await bot.WaitForStateAsync(ShardState.Ready, shard: 1);

        var identifies = discord.Gateway.Identifies.OrderBy(i => i.At).ToArray();
        Assert.Equal(["[0,2]", "[1,2]"], identifies.Select(i => i.Data!["shard"]!.ToJsonString()).Order());
        Assert.True(identifies[1].At - identifies[0].At >= TimeSpan.FromMilliseconds(200), "max_concurrency 1: one identify per 300 ms interval (arrival times can bunch a little)");
    }

    [Fact]
    public async Task ConfiguredShardRange_RunsOnlyThoseShards()
    {
        await using var discord = await FakeDiscord.StartAsync(TestToken.Value);

        await using var bot = await BotHarness.StartAsync(
            discord,
            settings: new Dictionary<string, string?> { ["Discord:ShardCount"] = "4", ["Discord:ShardIds"] = "2-3" },
            waitForReady: false);
        await bot.WaitForStateAsync(ShardState.Ready, shard: 2);
        await bot.WaitForStateAsync(ShardState.Ready, shard: 3);

        Assert.Equal(["[2,4]", "[3,4]"], discord.Gateway.Identifies.Select(i => i.Data!["shard"]!.ToJsonString()).Order());
        Assert.Equal([2, 3], bot.Gateway.Shards.Select(s => s.Id));
    }

    [Fact]
    public async Task CommandsAreRegistered_OnlyByTheProcessRunningShardZero()
    {
        await using var discord = await FakeDiscord.StartAsync(TestToken.Value);

        await using var bot = await BotHarness.StartAsync(
            discord,
            settings: new Dictionary<string, string?> { ["Discord:ShardCount"] = "2", ["Discord:ShardIds"] = "1" },
            waitForReady: false);
        await bot.WaitForStateAsync(ShardState.Ready, shard: 1);
        await Task.Delay(200);

        Assert.Empty(discord.RequestsTo("GET", "applications"));
        Assert.Empty(discord.RequestsTo("PUT", "applications"));
    }
}
