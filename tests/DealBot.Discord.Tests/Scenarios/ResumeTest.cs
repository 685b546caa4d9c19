using DealBot.Discord.Tests.Fakes;
using DealBot.Discord.Tests.Harness;

namespace DealBot.Discord.Tests.Scenarios;

/// <summary>Disconnects that keep the session: resume on resume_gateway_url, replay what was missed, answer once.</summary>
public sealed class ResumeTest
{
    [Fact]
    public async Task Close4000_ResumesWithLastSequence_ReplaysMissedEvents_AndAnswersEachOnce()
    {
        await using var discord = await FakeDiscord.StartAsync(TestToken.Value);
        discord.Gateway.ReplayOverlap = true;
        await using var bot = await BotHarness.StartAsync(discord);
        var before = DiscordEvents.NewId();
        var beforeSequence = await discord.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Mention(before, "xai total"));
        await discord.WaitForReplyAsync(before);

        await discord.Gateway.CloseAsync(4000);
        var missed = DiscordEvents.NewId();
        await discord.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Mention(missed, "xai per year"));

        await discord.WaitForReplyAsync(missed);
        await bot.AskAsync("xai per day");
        var resume = Assert.Single(discord.Gateway.Resumes);
        Assert.Equal("fake-session-1", resume.Data!["session_id"]!.GetValue<string>());
        Assert.Equal(beforeSequence, resume.Data!["seq"]!.GetValue<long>());
        Assert.Equal("/resume", discord.Gateway.Connections[1].Path);
        Assert.Single(discord.Gateway.Identifies);
        Assert.Single(discord.Messages, m => m.ReplyTo == before);
        Assert.Single(discord.Messages, m => m.ReplyTo == missed);
    }

    [Theory]
    [InlineData(4000, 4000)]
    [InlineData(4001, 4001)]
    [InlineData(4002, 4002)]
    [InlineData(4005, 4005)]
    [InlineData(4008, 4008)]

    // Echoing 1000/1001 would end the session: the handshake is completed with a resumable code instead.
    [InlineData(1000, 4000)]
    [InlineData(1001, 4000)]
    public async Task ResumableClose_IsAnsweredWithACloseFrame_AndResumes(int code, int reply)
    {
        await using var bot = await BotHarness.StartAsync();

        await bot.Discord.Gateway.CloseAsync(code);

        await bot.Discord.WaitUntilAsync(() => bot.Discord.Gateway.Resumes.Count == 1 && bot.Discord.Gateway.IsAttached(), "a resume");
        var first = bot.Discord.Gateway.Connections[0];
        await bot.Discord.WaitUntilAsync(() => first.Ended, "the first connection to end");
        Assert.Equal(reply, first.ClientCloseCode);
        Assert.Single(bot.Discord.Gateway.Identifies);
        await bot.AskAsync("xai total");
    }

    [Theory]
    [InlineData(4003)]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task SessionEndingCloseCode_IdentifiesAgain(int code)
    {
        await using var bot = await BotHarness.StartAsync();

        await bot.Discord.Gateway.CloseAsync(code);

        await bot.Discord.WaitUntilAsync(() => bot.Discord.Gateway.Identifies.Count == 2 && bot.Discord.Gateway.IsAttached(), "a second identify");
        Assert.Empty(bot.Discord.Gateway.Resumes);
        Assert.Equal("/gateway", bot.Discord.Gateway.Connections[^1].Path);
        await bot.AskAsync("xai total");
    }

    [Fact]
    public async Task Op7Reconnect_ClosesResumablyAndResumesOnResumeUrl()
    {
        await using var bot = await BotHarness.StartAsync();

        var told = await bot.Discord.Gateway.SendReconnectAsync();

        await bot.Discord.WaitUntilAsync(() => told.Ended && bot.Discord.Gateway.IsAttached() && bot.Discord.Gateway.Resumes.Any(r => r.Connection == told.Number + 1), "a resume on the next connection");
        Assert.Equal(4000, told.ClientCloseCode);
        Assert.Equal("/resume", bot.Discord.Gateway.Connections[told.Number].Path);
        Assert.Single(bot.Discord.Gateway.Identifies);
        await bot.AskAsync("xai total");
    }

    [Fact]
    public async Task Op9Resumable_WaitsThenResumes()
    {
        await using var bot = await BotHarness.StartAsync();
        var sentAt = DateTimeOffset.UtcNow;

        await bot.Discord.Gateway.SendInvalidSessionAsync(resumable: true);

        await bot.Discord.WaitUntilAsync(() => bot.Discord.Gateway.Resumes.Count == 1, "a resume");
        Assert.True(bot.Discord.Gateway.Resumes[0].At - sentAt >= TimeSpan.FromMilliseconds(250), "waited the invalid-session delay (300 ms)");
        Assert.Single(bot.Discord.Gateway.Identifies);
    }

    [Fact]
    public async Task Op9NotResumable_WaitsThenIdentifiesOnTheGatewayUrl()
    {
        await using var bot = await BotHarness.StartAsync();
        var sentAt = DateTimeOffset.UtcNow;

        await bot.Discord.Gateway.SendInvalidSessionAsync(resumable: false);

        await bot.Discord.WaitUntilAsync(() => bot.Discord.Gateway.Identifies.Count == 2 && bot.Discord.Gateway.IsAttached(), "a new identify");
        Assert.True(bot.Discord.Gateway.Identifies[1].At - sentAt >= TimeSpan.FromMilliseconds(250), "waited the invalid-session delay (300 ms)");
        Assert.Empty(bot.Discord.Gateway.Resumes);
        Assert.Equal("/gateway", bot.Discord.Gateway.Connections[1].Path);
        await bot.AskAsync("xai total");
    }

    [Fact]
    public async Task ResumeRejected_FallsBackToIdentify()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Discord.Gateway.RejectResumes = true;

        await bot.Discord.Gateway.CloseAsync(4000);

        await bot.Discord.WaitUntilAsync(() => bot.Discord.Gateway.Identifies.Count == 2 && bot.Discord.Gateway.IsAttached(), "a new identify");
        Assert.Single(bot.Discord.Gateway.Resumes);
        await bot.AskAsync("xai total");
    }
}
