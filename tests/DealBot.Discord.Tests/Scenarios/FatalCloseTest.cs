using DealBot.Discord.Gateway;
using DealBot.Discord.Tests.Fakes;
using DealBot.Discord.Tests.Harness;
using Microsoft.Extensions.Logging;

namespace DealBot.Discord.Tests.Scenarios;

/// <summary>Close codes that forbid a reconnect stop the shard with one log line that names the cause and the fix.</summary>
public sealed class FatalCloseTest
{
    [Theory]
    [InlineData(4004, "Reset the token")]
    [InlineData(4010, "Discord:ShardIds")]
    [InlineData(4011, "Raise Discord:ShardCount")]
    [InlineData(4012, "gateway v10")]
    [InlineData(4013, "please report it")]
    [InlineData(4014, "Message Content Intent")]
    public async Task FatalCloseCode_StopsTheShardWithOneClearLine(int code, string fix)
    {
        await using var discord = await FakeDiscord.StartAsync(TestToken.Value);
        discord.Gateway.CloseOnIdentify = code;

        await using var bot = await BotHarness.StartAsync(discord, waitForReady: false);
        await bot.WaitForStateAsync(ShardState.Failed);
        await Task.Delay(300);

        var line = Assert.Single(bot.Logs.AtLeast(LogLevel.Error));
        Assert.Equal(LogLevel.Critical, line.Level);
        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), line.Message);
        Assert.Contains(fix, line.Message);
        Assert.Single(discord.Gateway.Connections);
        Assert.DoesNotContain(TestToken.Value, string.Join('\n', bot.Logs.Entries.Select(e => e.Message)));
    }

    [Fact]
    public async Task MessageContentIntentNotEnabledInPortal_Is4014WithThePortalFix()
    {
        await using var discord = await FakeDiscord.StartAsync(TestToken.Value);
        discord.Gateway.MessageContentAllowed = false;

        await using var bot = await BotHarness.StartAsync(
            discord, settings: new Dictionary<string, string?> { ["Discord:MessageContentIntent"] = "true" }, waitForReady: false);
        await bot.WaitForStateAsync(ShardState.Failed);

        var line = Assert.Single(bot.Logs.AtLeast(LogLevel.Error));
        Assert.Contains("4014", line.Message);
        Assert.Contains("Enable \"Message Content Intent\"", line.Message);
        Assert.Contains("Discord:MessageContentIntent to false", line.Message);
    }

    [Fact]
    public async Task RejectedToken_IsReportedOnce_AndNothingIsRetried()
    {
        await using var discord = await FakeDiscord.StartAsync(TestToken.For("100000000000000999"));

        await using var bot = await BotHarness.StartAsync(
            discord, settings: new Dictionary<string, string?> { ["Discord:Token"] = TestToken.Value }, waitForReady: false);
        await discord.WaitUntilAsync(() => bot.Logs.AtLeast(LogLevel.Critical).Count > 0, "the bad-token log line");
        await Task.Delay(300);

        var line = Assert.Single(bot.Logs.AtLeast(LogLevel.Error));
        Assert.Contains("401", line.Message);
        Assert.Contains("Discord:Token", line.Message);
        Assert.Single(discord.Requests);
        Assert.Empty(discord.Gateway.Connections);
    }
}
