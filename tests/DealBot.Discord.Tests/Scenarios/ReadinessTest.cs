using DealBot.Discord.Gateway;
using DealBot.Discord.Tests.Fakes;
using DealBot.Discord.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DealBot.Discord.Tests.Scenarios;

/// <summary>The "discord" ready check the host's /readyz runs: ready only while every shard has a live session.</summary>
public sealed class ReadinessTest
{
    [Fact]
    public async Task AfterReady_TheDiscordCheckIsHealthy()
    {
        await using var bot = await BotHarness.StartAsync();

        var report = await bot.App.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(r => r.Name == "discord");

        Assert.Equal(HealthStatus.Healthy, report.Status);
    }

    [Fact]
    public async Task FatalClose_MakesTheProcessNotReady_AndSaysWhichShard()
    {
        await using var discord = await FakeDiscord.StartAsync(TestToken.Value);
        discord.Gateway.CloseOnIdentify = 4004;
        await using var bot = await BotHarness.StartAsync(discord, waitForReady: false);
        await bot.WaitForStateAsync(ShardState.Failed);

        var report = await bot.App.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(r => r.Name == "discord");

        Assert.Equal(HealthStatus.Unhealthy, report.Status);
        Assert.Contains("shard 0: Failed", report.Entries["discord"].Description);
    }
}
