using System.Text.Json.Nodes;
using DealBot.Discord.Tests.Harness;

namespace DealBot.Discord.Tests.Scenarios;

/// <summary>
/// The first response to an interaction must reach Discord within 3 s of the interaction (the fake refuses a later
/// callback with 10062). Interaction routes are not bound to the global REST limit (interactions/receiving-and-responding,
/// Endpoints), so neither the bot's pacing under that limit nor a global 429 may hold a callback back.
/// </summary>
public sealed class InteractionDeadlineTest
{
    [Fact]
    public async Task Callback_WhileTheGlobalLimitIsSaturated_DoesNotQueueBehindIt()
    {
        await using var bot = await BotHarness.StartWithGlobalLimitAsync(1);
        var discord = bot.Discord;
        var mentions = Enumerable.Range(0, 8).Select(_ => DiscordEvents.NewId()).ToArray();
        var id = DiscordEvents.NewId();

        // Eight replies at one a second: once the first is out, the others wait about 1 to 7 s for the global limit, so
        // some still wait when the callback goes out even if a busy machine is seconds late in seeing the first reply.
        for (var i = 0; i < mentions.Length; i++)
        {
            await discord.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Mention(mentions[i], "xai total", channel: $"5000000000000002{i:00}"));
        }

        await discord.WaitForReplyAsync(mentions[0]);
        var sentAt = DateTimeOffset.UtcNow;
        await discord.Gateway.DispatchAsync("INTERACTION_CREATE", Ask(id));
        var callback = await discord.WaitForCallbackAsync(id);
        foreach (var mention in mentions)
        {
            await discord.WaitForReplyAsync(mention);
        }

        // Behind the limit it would have waited ~1.1 s for the next slot (and ~3 s behind the other replies).
        Assert.Equal(204, callback.Status);
        Assert.True(callback.ArrivedAt - sentAt < TimeSpan.FromMilliseconds(800), $"the callback took {(callback.ArrivedAt - sentAt).TotalMilliseconds} ms");
        Assert.True(callback.ArrivedAt < discord.Messages.Max(m => m.ArrivedAt), "the callback went out while replies still waited for the global limit");
        Assert.Equal(0, discord.TooManyRequests);
    }

    [Fact]
    public async Task Callback_DuringAGlobal429_GoesOutAtOnce()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Discord.FailNextMessageWith429(TimeSpan.FromSeconds(4), global: true);
        var mention = DiscordEvents.NewId();
        var id = DiscordEvents.NewId();

        await bot.Discord.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Mention(mention, "xai total"));
        await bot.Discord.WaitUntilAsync(() => bot.Logs.Entries.Any(e => e.Message.Contains("rate-limited", StringComparison.Ordinal)), "the bot to take in the global 429");
        await bot.Discord.Gateway.DispatchAsync("INTERACTION_CREATE", Ask(id));
        var callback = await bot.Discord.WaitForCallbackAsync(id);
        var reply = await bot.Discord.WaitForReplyAsync(mention);

        var limited = Assert.Single(bot.Discord.Requests, r => r.Status == 429);
        Assert.Equal(204, callback.Status);
        Assert.True(callback.ArrivedAt - limited.ArrivedAt < TimeSpan.FromSeconds(3), "the callback did not wait out the global block");
        Assert.True(reply.ArrivedAt - limited.ArrivedAt >= TimeSpan.FromSeconds(4), "the reply did");
        Assert.Equal(0, bot.Discord.EarlyRequests);
    }

    [Fact]
    public async Task CallbackPastTheDeadline_IsRefusedAsUnknownInteraction_AndLogged()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Discord.InteractionResponseDeadline = TimeSpan.Zero;
        var id = DiscordEvents.NewId();

        await bot.Discord.Gateway.DispatchAsync("INTERACTION_CREATE", Ask(id));
        var callback = await bot.Discord.WaitForCallbackAsync(id);

        await bot.Discord.WaitUntilAsync(() => bot.Logs.Entries.Any(e => e.Message.Contains($"interaction {id}", StringComparison.Ordinal)), "the miss logged");
        Assert.Equal(404, callback.Status);
        var logged = Assert.Single(bot.Logs.Entries, e => e.Message.Contains($"interaction {id}", StringComparison.Ordinal)).Message;
        Assert.Contains("could not be answered", logged, StringComparison.Ordinal);
        Assert.Contains("(code 10062)", logged, StringComparison.Ordinal);
        Assert.Empty(bot.Discord.InteractionMessages("interaction-token-" + id));
    }

    private static JsonObject Ask(string id) => DiscordEvents.Command(id, "ask", 2, ("question", JsonValue.Create("xai total"), false));
}
