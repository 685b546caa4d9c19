using DealBot.Discord.Tests.Fakes;
using DealBot.Discord.Tests.Harness;

namespace DealBot.Discord.Tests.Scenarios;

/// <summary>
/// session_start_limit from GET /gateway/bot bounds IDENTIFYs for the whole run: going past it gets the bot token
/// reset by Discord. RESUMEs are free and must not wait for it.
/// </summary>
public sealed class IdentifyBudgetTest
{
    [Fact]
    public async Task SpentBudget_NewSessionWaitsForTheReset_ResumesDoNot()
    {
        var windowStartedBy = DateTimeOffset.UtcNow;
        await using var discord = await FakeDiscord.StartAsync(TestToken.Value);
        discord.SessionStartTotal = 2;
        discord.SessionStartWindow = TimeSpan.FromSeconds(2);
        await using var bot = await BotHarness.StartAsync(discord);

        await discord.Gateway.CloseAsync(4009);
        await discord.WaitUntilAsync(() => discord.Gateway.Identifies.Count == 2 && discord.Gateway.IsAttached(), "the second (last) identify of the budget");
        await discord.Gateway.CloseAsync(4000);
        await discord.WaitUntilAsync(() => discord.Gateway.Resumes.Count == 1 && discord.Gateway.IsAttached(), "a resume");
        var resumedAt = discord.Gateway.Resumes[0].At;
        await discord.Gateway.CloseAsync(4009);
        await discord.WaitUntilAsync(() => discord.Gateway.Identifies.Count == 3 && discord.Gateway.IsAttached(), "an identify after the reset");

        var window = TimeSpan.FromSeconds(2);
        Assert.True(resumedAt - windowStartedBy < window, "the resume went on while the budget was spent");
        Assert.True(discord.Gateway.Identifies[2].At - windowStartedBy >= window, "the third identify waited for reset_after");
        Assert.Equal(0, discord.IdentifiesOverBudget);
        Assert.Equal(2, discord.RequestsTo("GET", "gateway/bot").Count);
        Assert.Contains(bot.Logs.Entries, e => e.Message.Contains("identify budget", StringComparison.Ordinal));
        await bot.AskAsync("xai total");
    }

    [Fact]
    public async Task BudgetSpentAtStart_FirstIdentifyWaitsForTheReset()
    {
        var windowStartedBy = DateTimeOffset.UtcNow;
        await using var discord = await FakeDiscord.StartAsync(TestToken.Value);
        discord.SessionStartTotal = 0;
        discord.SessionStartWindow = TimeSpan.FromSeconds(1);

        await using var bot = await BotHarness.StartAsync(discord, waitForReady: false);
        await discord.WaitUntilAsync(() => bot.Logs.Entries.Any(e => e.Message.Contains("identify budget", StringComparison.Ordinal)), "the budget log line");
        Assert.Empty(discord.Gateway.Connections);
        discord.SessionStartTotal = 1;
        await bot.WaitForStateAsync(Gateway.ShardState.Ready);

        Assert.True(discord.Gateway.Identifies[0].At - windowStartedBy >= TimeSpan.FromSeconds(1), "identified only after reset_after");
        Assert.Equal(0, discord.IdentifiesOverBudget);
    }
}
