using System.Text.Json.Nodes;
using DealBot.Discord.Tests.Fakes;
using DealBot.Discord.Tests.Harness;
using Microsoft.Extensions.Logging;

namespace DealBot.Discord.Tests.Scenarios;

/// <summary>
/// REST errors other than rate limits: 5xx answers retried with backoff and never posting twice, a 401 on an
/// interaction route that is not the bot token's fault, and the invalid-request limit that gets an IP banned.
/// </summary>
public sealed class RestErrorTest
{
    [Fact]
    public async Task ServerErrors_AreRetriedAfterTheBackoff_WithTheQuestionAsEnforcedNonce()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Discord.FailNext("POST", "channels/", 502);
        bot.Discord.FailNext("POST", "channels/", 500);
        var id = DiscordEvents.NewId();

        await bot.Discord.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Mention(id, "xai total"));
        await bot.Discord.WaitForReplyAsync(id);

        var attempts = bot.Discord.RequestsTo("POST", "channels/");
        Assert.Equal([502, 500, 200], attempts.Select(a => a.Status));

        // FastConfiguration waits 100 ms, then 200 ms.
        Assert.True(attempts[1].ArrivedAt - attempts[0].ArrivedAt >= TimeSpan.FromMilliseconds(100), "first retry waited its backoff");
        Assert.True(attempts[2].ArrivedAt - attempts[1].ArrivedAt >= TimeSpan.FromMilliseconds(200), "second retry waited its backoff");
        Assert.All(attempts, a =>
        {
            Assert.Equal(id, a.Json!["nonce"]!.GetValue<string>());
            Assert.True(a.Json!["enforce_nonce"]!.GetValue<bool>());
        });
    }

    [Fact]
    public async Task PersistentServerError_GivesUpAfterTheRetries_AndTheBotGoesOn()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Discord.FailNext("POST", "channels/", 503, times: 3);
        var id = DiscordEvents.NewId();

        await bot.Discord.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Mention(id, "xai total"));
        await bot.Discord.WaitUntilAsync(() => bot.Logs.Entries.Any(e => e.Message.Contains("could not post the answer", StringComparison.Ordinal)), "the bot to give up");

        // One try and the two retries FastConfiguration allows (a third retry would have succeeded).
        Assert.Equal([503, 503, 503], bot.Discord.RequestsTo("POST", "channels/").Select(r => r.Status));
        await bot.AskAsync("xai per year");
    }

    [Fact]
    public async Task ExpiredInteractionToken401_DoesNotStopBotRequests()
    {
        await using var bot = await BotHarness.StartAsync();

        // What Discord answers on an interaction token past its 15 minutes: the bot token is fine.
        bot.Discord.FailNext("POST", "interactions/", 401, code: 50027, message: "Invalid Webhook Token");
        var id = DiscordEvents.NewId();
        await bot.Discord.Gateway.DispatchAsync("INTERACTION_CREATE", DiscordEvents.Command(id, "ask", 2, ("question", JsonValue.Create("xai total"), false)));
        await bot.Discord.WaitUntilAsync(() => bot.Discord.RequestsTo("POST", "interactions/").Any(r => r.Status == 401), "the refused callback");

        await bot.AskAsync("xai per year");
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Level == LogLevel.Critical);
    }

    [Fact]
    public async Task InvalidRequests_AreHeldBackBeforeDiscordsLimit()
    {
        var configuration = new DiscordBotConfiguration
        {
            Reconnect = BotHarness.FastConfiguration.Reconnect,
            IdentifyInterval = TimeSpan.FromMilliseconds(1),
            InvalidRequestLimit = 3,
            InvalidRequestWindow = TimeSpan.FromSeconds(2),
        };
        await using var bot = await BotHarness.StartAsync(configuration: configuration);
        const string forbidden = "500000000000000077";
        bot.Discord.FailNext("POST", $"channels/{forbidden}/", 403, times: 100, code: 50013, message: "Missing Permissions");

        // Warm the pipeline up first, so the five answers below come faster than the window.
        await bot.AskAsync("xai per year");
        for (var i = 0; i < 5; i++)
        {
            await bot.Discord.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Mention(DiscordEvents.NewId(), $"xai total {i}", channel: forbidden));
        }

        await bot.Discord.WaitUntilAsync(() => bot.Discord.RequestsTo("POST", $"channels/{forbidden}/").Count == 5, "five refused replies");
        var arrivals = bot.Discord.RequestsTo("POST", $"channels/{forbidden}/").Select(r => r.ArrivedAt).Order().ToArray();
        for (var i = 0; i + 3 < arrivals.Length; i++)
        {
            Assert.True(arrivals[i + 3] - arrivals[i] >= TimeSpan.FromSeconds(2), $"four invalid requests within {(arrivals[i + 3] - arrivals[i]).TotalMilliseconds} ms");
        }

        Assert.Contains(bot.Logs.Entries, e => e.Message.Contains("invalid requests", StringComparison.Ordinal));
    }
}
