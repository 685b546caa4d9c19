using System.Text.Json.Nodes;
using DealBot.Chat.Pipeline;
using DealBot.Discord.Interactions;
using DealBot.Discord.Tests.Fakes;
using DealBot.Discord.Tests.Harness;
using Microsoft.Extensions.Logging;

namespace DealBot.Discord.Tests.Scenarios;

/// <summary>
/// Replies for the asker only (the rate-limit notice, the apology) never leave a public trace: ephemeral from the first
/// response when known in time, else an ephemeral follow-up after the public deferral and the public original deleted.
/// </summary>
public sealed class PrivateReplyTest
{
    private static readonly ChatReply Notice = new(ChatReplyKind.RateLimited, RetryAfter: TimeSpan.FromSeconds(5));

    [Fact]
    public async Task PrivateReplyAfterAPublicDeferral_IsAnEphemeralFollowup_AndTheOriginalIsDeleted()
    {
        // Whether the reply is private is known only once it is ready, after the (public) deferral.
        using var gate = new ManualResetEventSlim();
        await using var bot = await BotHarness.StartGatedAsync(gate, Notice);
        var id = DiscordEvents.NewId();
        var token = "interaction-token-" + id;

        await bot.Discord.Gateway.DispatchAsync("INTERACTION_CREATE", Ask(id));
        var callback = await bot.Discord.WaitForCallbackAsync(id);
        gate.Set();

        await bot.Discord.WaitUntilAsync(() => bot.Discord.InteractionMessages(token) is [{ Deleted: true }, ..], "the public original deleted");
        Assert.Equal(5, callback.Json!["type"]!.GetValue<int>());
        Assert.Null(callback.Json!["data"]?["flags"]);
        var messages = bot.Discord.InteractionMessages(token);
        Assert.DoesNotContain(messages, m => !m.Ephemeral && !m.Deleted);
        Assert.Equal(Notice.RateLimitMessage, Assert.Single(messages, m => m.Ephemeral).Content);
        var webhooks = bot.Discord.Requests.Where(r => r.Path.StartsWith("/api/v10/webhooks/", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["PATCH", "POST", "DELETE"], webhooks.Select(r => r.Method));
        Assert.Equal(64, webhooks[1].Json!["flags"]!.GetValue<int>());
        Assert.Equal($"/api/v10/webhooks/{FakeDiscord.ApplicationId}/{token}/messages/@original", webhooks[2].Path);
        Assert.Equal(204, webhooks[2].Status);
        Assert.All(webhooks, r => Assert.Null(r.Authorization));
    }

    [Fact]
    public async Task RateLimitNoticeForAsk_IsAnEphemeralFirstResponse_NeverPublic()
    {
        await using var bot = await BotHarness.StartAsync(perMinute: 1, burst: 1);
        string[] ids = [DiscordEvents.NewId(), DiscordEvents.NewId()];

        await bot.Discord.Gateway.DispatchAsync("INTERACTION_CREATE", Ask(ids[0]));
        var answer = await bot.Discord.WaitForCallbackAsync(ids[0]);
        await bot.Discord.Gateway.DispatchAsync("INTERACTION_CREATE", Ask(ids[1]));
        var notice = await bot.Discord.WaitForCallbackAsync(ids[1]);

        Assert.Null(answer.Json!["data"]?["flags"]);
        Assert.Equal(4, notice.Json!["type"]!.GetValue<int>());
        Assert.Equal(64, notice.Json!["data"]!["flags"]!.GetValue<int>());
        Assert.StartsWith("You're asking quickly", notice.Json!["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        var message = Assert.Single(bot.Discord.InteractionMessages("interaction-token-" + ids[1]));
        Assert.True(message.Ephemeral, "the notice is for the asker only");
        Assert.Empty(bot.Discord.RequestsTo("POST", "webhooks/"));
        Assert.Empty(bot.Discord.RequestsTo("PATCH", "webhooks/"));
    }

    [Fact]
    public async Task PlaceholderThatCannotBeDeleted_IsLogged_AfterThePrivateReplyWentOut()
    {
        using var gate = new ManualResetEventSlim();
        await using var bot = await BotHarness.StartGatedAsync(gate, Notice);
        bot.Discord.FailNext("DELETE", "webhooks/", 404, code: 10008, message: "Unknown Message");
        var id = DiscordEvents.NewId();

        await bot.Discord.Gateway.DispatchAsync("INTERACTION_CREATE", Ask(id));
        await bot.Discord.WaitForCallbackAsync(id);
        gate.Set();

        await bot.Discord.WaitUntilAsync(() => bot.Logs.Entries.Any(e => e.Message.Contains("placeholder could not be deleted", StringComparison.Ordinal)), "the failed delete logged");
        var messages = bot.Discord.InteractionMessages("interaction-token-" + id);
        Assert.Equal(InteractionResponder.AnsweredPrivately, messages[0].Content);
        Assert.Equal(Notice.RateLimitMessage, Assert.Single(messages, m => m.Ephemeral).Content);
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Level >= LogLevel.Error);
    }

    private static JsonObject Ask(string id) => DiscordEvents.Command(id, "ask", 2, ("question", JsonValue.Create("xai total"), false));
}
