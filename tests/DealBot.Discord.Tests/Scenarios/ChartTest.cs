using System.Text.Json.Nodes;
using DealBot.Discord.Tests.Fakes;
using DealBot.Discord.Tests.Harness;

namespace DealBot.Discord.Tests.Scenarios;

/// <summary>Charts on Discord: one multipart message (payload_json + files[0]) whose embed shows attachment://chart.png.</summary>
public sealed class ChartTest
{
    [Fact]
    public async Task MentionAskingForAChart_IsOneMultipartMessageWithTheChartInTheEmbed()
    {
        await using var bot = await BotHarness.StartAsync();

        var reply = await bot.AskAsync("chart how much will anthropic pay xai in total?");

        Assert.True(reply.IsMultipart, reply.ContentType);
        var file = Assert.Single(reply.Files);
        Assert.Equal(("files[0]", "chart.png", "image/png"), (file.Name, file.FileName, file.ContentType));
        PngFile.AssertChart(file.Content);
        var payload = reply.Json!;
        Assert.Equal("attachment://chart.png", payload["embeds"]![0]!["image"]!["url"]!.GetValue<string>());
        var attachment = Assert.Single(payload["attachments"]!.AsArray())!;
        Assert.Equal(0, attachment["id"]!.GetValue<int>());
        Assert.Equal("chart.png", attachment["filename"]!.GetValue<string>());
        Assert.StartsWith("Line chart of Anthropic–xAI's cumulative spend", attachment["description"]!.GetValue<string>());

        // The text stands on its own: the headline in the content, the working in the embed.
        Assert.Contains("$45B", payload["content"]!.GetValue<string>());
        Assert.Contains("Full rate", payload["embeds"]![0]!["description"]!.GetValue<string>());
        Assert.Equal("""{"parse":[],"replied_user":false}""", payload["allowed_mentions"]!.ToJsonString());
    }

    [Fact]
    public async Task MentionWithoutChartWord_IsPlainJson()
    {
        await using var bot = await BotHarness.StartAsync();

        var reply = await bot.AskAsync("how much will anthropic pay xai in total?");

        Assert.False(reply.IsMultipart);
        Assert.Empty(reply.Files);
        Assert.Null(reply.Json!["embeds"]![0]!["image"]);
        Assert.Null(reply.Json!["attachments"]);
    }

    [Fact]
    public async Task UploadRefused_AnswerIsPostedWithoutTheChart()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Discord.RefuseFiles = true;

        var reply = await bot.AskAsync("compare xai and oracle per MW-year, as a graph");

        Assert.False(reply.IsMultipart);
        Assert.Contains("per MW-year", reply.Json!["content"]!.GetValue<string>());
        Assert.Null(reply.Json!["embeds"]![0]!["image"]);
        Assert.Single(bot.Discord.Requests, r => r.IsMessageCreate && r.Status == 403);
        Assert.Contains(bot.Logs.Entries, e => e.Message.Contains("was refused", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SlashCommandWithChartOption_AnswersAtOnceThenEditsTheChartIn()
    {
        await using var bot = await BotHarness.StartAsync();
        var id = DiscordEvents.NewId();

        await bot.Discord.Gateway.DispatchAsync("INTERACTION_CREATE", DiscordEvents.Command(
            id, "compare", 2, ("deal1", JsonValue.Create("anthropic-xai"), false), ("deal2", JsonValue.Create("openai-oracle"), false),
            ("basis", JsonValue.Create("per MW-year"), false), ("chart", JsonValue.Create(true), false)));

        await bot.Discord.WaitUntilAsync(() => bot.Discord.RequestsTo("PATCH", "webhooks/").Count == 1, "the chart edited in");
        var callback = Assert.Single(bot.Discord.RequestsTo("POST", $"interactions/{id}/"));
        Assert.Equal(4, callback.Json!["type"]!.GetValue<int>());
        Assert.Contains("per MW-year", callback.Json!["data"]!["embeds"]![0]!["title"]!.GetValue<string>());
        var edit = bot.Discord.RequestsTo("PATCH", "webhooks/")[0];
        Assert.Equal(200, edit.Status);
        Assert.True(edit.IsMultipart);
        PngFile.AssertChart(Assert.Single(edit.Files).Content);
        Assert.Equal("attachment://chart.png", edit.Json!["embeds"]![0]!["image"]!["url"]!.GetValue<string>());
        Assert.StartsWith("Bar chart per MW-year", edit.Json!["attachments"]![0]!["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task ChartEditAnswered404_IsNotRetried()
    {
        // Discord: a webhook that returned 404 is not to be used again.
        await using var bot = await BotHarness.StartAsync();
        bot.Discord.FailNext("PATCH", "webhooks/", 404, code: 10015, message: "Unknown Webhook");
        var id = DiscordEvents.NewId();

        await bot.Discord.Gateway.DispatchAsync("INTERACTION_CREATE", DiscordEvents.Command(id, "ask", 2, ("question", JsonValue.Create("xai total"), false), ("chart", JsonValue.Create(true), false)));

        await bot.Discord.WaitUntilAsync(() => bot.Logs.Entries.Any(e => e.Message.Contains("could not be attached", StringComparison.Ordinal)), "the chart given up");
        await bot.AskAsync("xai per year");
        var edit = Assert.Single(bot.Discord.RequestsTo("PATCH", "webhooks/"));
        Assert.Equal(404, edit.Status);
    }

    [Fact]
    public async Task SlowSlashCommandWithChart_IsDeferredThenOneEditWithTextAndChart()
    {
        using var gate = new ManualResetEventSlim();
        await using var bot = await BotHarness.StartGatedAsync(gate);
        var id = DiscordEvents.NewId();

        await bot.Discord.Gateway.DispatchAsync("INTERACTION_CREATE", DiscordEvents.Command(
            id, "whatif", 2, ("deal", JsonValue.Create("anthropic-xai"), false), ("monthly_fee", JsonValue.Create("$1B"), false), ("chart", JsonValue.Create(true), false)));
        await bot.Discord.WaitUntilAsync(() => bot.Discord.RequestsTo("POST", $"interactions/{id}/").Count == 1, "the deferral");
        gate.Set();

        await bot.Discord.WaitUntilAsync(() => bot.Discord.RequestsTo("PATCH", "webhooks/").Count == 1, "the edit");
        Assert.Equal(5, bot.Discord.RequestsTo("POST", $"interactions/{id}/")[0].Json!["type"]!.GetValue<int>());
        var edit = bot.Discord.RequestsTo("PATCH", "webhooks/")[0];
        Assert.True(edit.IsMultipart);
        Assert.Contains("$36B", edit.Json!["content"]!.GetValue<string>());
        PngFile.AssertChart(Assert.Single(edit.Files).Content);
    }

    [Fact]
    public async Task SlashCommandWithoutChart_SendsNoEdit()
    {
        await using var bot = await BotHarness.StartAsync();
        var id = DiscordEvents.NewId();

        await bot.Discord.Gateway.DispatchAsync("INTERACTION_CREATE", DiscordEvents.Command(id, "ask", 2, ("question", JsonValue.Create("xai total"), false), ("chart", JsonValue.Create(false), false)));
        await bot.Discord.WaitUntilAsync(() => bot.Discord.RequestsTo("POST", $"interactions/{id}/").Count == 1, "the answer");
        var sentinel = await bot.AskAsync("xai per year");

        Assert.Empty(bot.Discord.RequestsTo("PATCH", "webhooks/"));
        Assert.False(sentinel.IsMultipart);
    }

    [Fact]
    public async Task Commands_EachTakeAChartOption()
    {
        await using var bot = await BotHarness.StartAsync();

        var commands = bot.Discord.CommandsIn(null)!;

        Assert.All(commands, command =>
        {
            var chart = command!["options"]!.AsArray().Single(o => o!["name"]!.GetValue<string>() == "chart")!;
            Assert.Equal(5, chart["type"]!.GetValue<int>());
            Assert.Null(chart["required"]);
        });
    }
}
