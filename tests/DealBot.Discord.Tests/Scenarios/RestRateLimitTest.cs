using DealBot.Discord.Tests.Fakes;
using DealBot.Discord.Tests.Harness;

namespace DealBot.Discord.Tests.Scenarios;

/// <summary>
/// Rate limits, asserted on the fake's arrival times: a request after a 429 never arrives before retry_after has
/// elapsed since the 429 was answered, and known limits are paced so no 429 is drawn at all.
/// </summary>
public sealed class RestRateLimitTest
{
    [Fact]
    public async Task RouteTooManyRequests_RetriesNoSoonerThanRetryAfter()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Discord.FailNextMessageWith429(TimeSpan.FromMilliseconds(350));

        var reply = await bot.AskAsync("xai total");

        var attempts = bot.Discord.RequestsTo("POST", "channels/").ToArray();
        Assert.Equal([429, 200], attempts.Select(a => a.Status));
        Assert.True(reply.ArrivedAt - attempts[0].ArrivedAt >= TimeSpan.FromMilliseconds(350), $"retried after {(reply.ArrivedAt - attempts[0].ArrivedAt).TotalMilliseconds} ms");
        Assert.Equal(0, bot.Discord.EarlyRequests);
    }

    [Fact]
    public async Task GlobalTooManyRequests_HoldsBackEveryRoute()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Discord.FailNextMessageWith429(TimeSpan.FromMilliseconds(400), global: true);
        string[] ids = [DiscordEvents.NewId(), DiscordEvents.NewId()];

        await bot.Discord.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Mention(ids[0], "xai total", channel: "500000000000000011"));
        await bot.Discord.WaitUntilAsync(() => bot.Logs.Entries.Any(e => e.Message.Contains("rate-limited", StringComparison.Ordinal)), "the bot to take in the global 429");
        await bot.Discord.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Mention(ids[1], "xai per year", channel: "500000000000000012"));
        await bot.Discord.WaitForReplyAsync(ids[0]);
        await bot.Discord.WaitForReplyAsync(ids[1]);

        var limited = Assert.Single(bot.Discord.Requests, r => r.Status == 429);
        Assert.All(bot.Discord.Messages, m => Assert.True(m.ArrivedAt - limited.ArrivedAt >= TimeSpan.FromMilliseconds(400), "sent during the global block"));
        Assert.Equal(0, bot.Discord.EarlyRequests);
    }

    [Fact]
    public async Task ExhaustedBucket_WaitsForItsReset_WithoutA429_WhileOtherChannelsGoOn()
    {
        await using var discord = await FakeDiscord.StartAsync(TestToken.Value);
        discord.MessageBucketLimit = 2;
        discord.MessageBucketWindow = TimeSpan.FromMilliseconds(500);
        await using var bot = await BotHarness.StartAsync(discord);

        var busy = new List<FakeRequest>();
        for (var i = 0; i < 3; i++)
        {
            busy.Add(await bot.AskAsync($"xai total {i}"));
        }

        var other = await bot.AskAsync("xai per year", channel: "500000000000000021");

        Assert.True(busy[2].ArrivedAt - busy[0].ArrivedAt >= TimeSpan.FromMilliseconds(500), "third message waited for the bucket's reset");
        Assert.Equal(0, discord.TooManyRequests);
    }

    [Fact]
    public async Task GlobalLimit_IsPacedWithoutA429()
    {
        await using var bot = await BotHarness.StartWithGlobalLimitAsync(3);
        var discord = bot.Discord;
        var ids = Enumerable.Range(0, 7).Select(_ => DiscordEvents.NewId()).ToArray();

        for (var i = 0; i < ids.Length; i++)
        {
            await discord.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Mention(ids[i], "xai total", channel: $"5000000000000001{i:00}"));
        }

        foreach (var id in ids)
        {
            await discord.WaitForReplyAsync(id);
        }

        var arrivals = discord.Messages.Select(m => m.ArrivedAt).Order().ToArray();
        for (var i = 0; i + 3 < arrivals.Length; i++)
        {
            Assert.True(arrivals[i + 3] - arrivals[i] >= TimeSpan.FromMilliseconds(990), $"four requests within {(arrivals[i + 3] - arrivals[i]).TotalMilliseconds} ms");
        }

        Assert.Equal(0, discord.TooManyRequests);
    }
}
