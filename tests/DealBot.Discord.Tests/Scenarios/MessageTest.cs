using DealBot.Discord.Tests.Fakes;
using DealBot.Discord.Tests.Harness;

namespace DealBot.Discord.Tests.Scenarios;

/// <summary>Which messages get an answer, and what the answer looks like on the wire.</summary>
public sealed class MessageTest
{
    [Fact]
    public async Task DirectMessage_WithoutMention_IsAnswered()
    {
        await using var bot = await BotHarness.StartAsync();
        var id = DiscordEvents.NewId();

        await bot.Discord.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message(id, "xai per MW-year", DiscordEvents.DmChannel, guild: null));

        var reply = await bot.Discord.WaitForReplyAsync(id);
        Assert.Equal(DiscordEvents.DmChannel, reply.ChannelId);
        Assert.Contains("per MW-year", reply.Json!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task ReplyToTheBot_WithoutMention_IsAnswered()
    {
        await using var bot = await BotHarness.StartAsync();
        var id = DiscordEvents.NewId();

        await bot.Discord.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message(id, "xai per year", repliesToAuthor: FakeDiscord.BotUserId));

        Assert.Equal(id, (await bot.Discord.WaitForReplyAsync(id)).ReplyTo);
    }

    [Fact]
    public async Task UnaddressedBotAndOwnMessages_AreIgnored()
    {
        await using var bot = await BotHarness.StartAsync();
        string[] ignored = [DiscordEvents.NewId(), DiscordEvents.NewId(), DiscordEvents.NewId(), DiscordEvents.NewId()];

        await bot.Discord.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message(ignored[0], "how much will anthropic pay xai?"));
        await bot.Discord.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message(ignored[1], $"<@{FakeDiscord.BotUserId}> xai total", mentionsBot: true, authorIsBot: true, author: "300000000000000077"));
        await bot.Discord.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message(ignored[2], $"<@{FakeDiscord.BotUserId}> xai total", mentionsBot: true, author: FakeDiscord.BotUserId));
        await bot.Discord.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Message(ignored[3], "xai total", repliesToAuthor: "300000000000000055"));
        var sentinel = await bot.AskAsync("xai total");

        // Same channel, same worker: everything before the sentinel was handled first.
        Assert.Equal([sentinel], bot.Discord.Messages);
    }

    [Fact]
    public async Task QuestionWithEveryone_PingsNobody()
    {
        await using var bot = await BotHarness.StartAsync();

        var reply = await bot.AskAsync("@everyone @here how much is the thing <@&123456789012345678>");

        Assert.Equal("""{"parse":[],"replied_user":false}""", reply.Json!["allowed_mentions"]!.ToJsonString());
        Assert.DoesNotContain("@everyone", reply.Json!.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@here", reply.Json!.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task PingAsker_SetsRepliedUser()
    {
        await using var bot = await BotHarness.StartAsync(settings: new Dictionary<string, string?> { ["Discord:PingAsker"] = "true" });

        var reply = await bot.AskAsync("xai total");

        Assert.Equal("""{"parse":[],"replied_user":true}""", reply.Json!["allowed_mentions"]!.ToJsonString());
    }

    [Fact]
    public async Task AskingTooOften_GetsOneFriendlyNoticeThenSilence()
    {
        await using var bot = await BotHarness.StartAsync(perMinute: 1, burst: 1);

        var first = await bot.AskAsync("xai total");
        var second = await bot.AskAsync("xai per year");
        var third = DiscordEvents.NewId();
        await bot.Discord.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Mention(third, "xai per day"));
        var other = await bot.AskAsync("xai per day", author: "300000000000000002");

        Assert.NotNull(first.Json!["embeds"]);
        Assert.StartsWith("You're asking quickly", second.Json!["content"]!.GetValue<string>());
        Assert.Null(second.Json!["embeds"]);
        Assert.DoesNotContain(bot.Discord.Messages, m => m.ReplyTo == third);
        Assert.Equal(3, bot.Discord.Messages.Count);
        Assert.NotNull(other.Json!["embeds"]);
    }

    [Fact]
    public async Task Replies_StayWithinDiscordLimits()
    {
        await using var bot = await BotHarness.StartAsync();

        var reply = await bot.AskAsync("help");

        var json = reply.Json!;
        Assert.InRange(json["content"]!.GetValue<string>().Length, 1, 2000);
        var embed = json["embeds"]![0]!;
        var total = embed["title"]!.GetValue<string>().Length + (embed["description"]?.GetValue<string>().Length ?? 0)
            + embed["fields"]!.AsArray().Sum(f => f!["name"]!.GetValue<string>().Length + f["value"]!.GetValue<string>().Length);
        Assert.InRange(total, 1, 6000);
        Assert.All(embed["fields"]!.AsArray(), f => Assert.InRange(f!["value"]!.GetValue<string>().Length, 1, 1024));
    }
}
