using System.Text.Json.Nodes;
using DealBot.Discord.Tests.Harness;

namespace DealBot.Discord.Tests.Scenarios;

public sealed class SlashCommandTest
{
    [Fact]
    public async Task Start_OverwritesCommandsOnce_ThenSkipsTheUnchangedSet()
    {
        await using var discord = await Fakes.FakeDiscord.StartAsync(TestToken.Value);
        await using (await BotHarness.StartAsync(discord))
        {
        }

        await using var again = await BotHarness.StartAsync(discord);

        var put = Assert.Single(discord.RequestsTo("PUT", "applications/"));
        Assert.Equal($"/api/v10/applications/{Fakes.FakeDiscord.ApplicationId}/commands", put.Path);
        Assert.Equal(2, discord.RequestsTo("GET", "applications/").Count);
        var commands = discord.CommandsIn(null)!;
        Assert.Equal(["deal", "compare", "whatif", "ask"], commands.Select(c => c!["name"]!.GetValue<string>()));
        Assert.True(commands[0]!["options"]![0]!["autocomplete"]!.GetValue<bool>());
        Assert.Equal(4, commands[1]!["options"]![2]!["choices"]!.AsArray().Count);
        Assert.True(commands[3]!["options"]![0]!["required"]!.GetValue<bool>());
        Assert.Contains(again.Logs.Entries, e => e.Message.Contains("already registered", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CommandGuildIds_RegisterPerGuild()
    {
        await using var bot = await BotHarness.StartAsync(settings: new Dictionary<string, string?> { ["Discord:CommandGuildIds"] = "11111111111111111,22222222222222222" });
        await bot.Discord.WaitUntilAsync(() => bot.Discord.RequestsTo("PUT", "applications/").Count == 2, "both guilds' registrations");

        Assert.Equal(
            ["/api/v10/applications/100000000000000002/guilds/11111111111111111/commands", "/api/v10/applications/100000000000000002/guilds/22222222222222222/commands"],
            bot.Discord.RequestsTo("PUT", "applications/").Select(r => r.Path));
    }

    [Fact]
    public async Task Compare_IsAnsweredDirectlyWithAnEmbed()
    {
        await using var bot = await BotHarness.StartAsync();
        var id = DiscordEvents.NewId();

        await bot.Discord.Gateway.DispatchAsync("INTERACTION_CREATE", DiscordEvents.Command(
            id, "compare", 2, ("deal1", JsonValue.Create("anthropic-xai"), false), ("deal2", JsonValue.Create("openai-oracle"), false), ("basis", JsonValue.Create("per MW-year"), false)));

        var callback = await WaitForCallbackAsync(bot, id);
        Assert.Equal(4, callback["type"]!.GetValue<int>());
        Assert.Equal("""{"parse":[]}""", callback["data"]!["allowed_mentions"]!.ToJsonString());
        Assert.Contains("per MW-year", callback["data"]!["embeds"]![0]!["title"]!.GetValue<string>());
        Assert.Contains("OpenAI–Oracle", callback["data"]!["embeds"]![0]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task SlowAnswer_IsDeferredThenEditedIn()
    {
        // The gate, not a sleep, makes the answer slow: a busy machine can delay a timer, never open the gate.
        using var gate = new ManualResetEventSlim();
        await using var bot = await BotHarness.StartGatedAsync(gate);
        var id = DiscordEvents.NewId();

        await bot.Discord.Gateway.DispatchAsync("INTERACTION_CREATE", DiscordEvents.Command(id, "ask", 2, ("question", JsonValue.Create("xai total"), false)));

        var callback = await WaitForCallbackAsync(bot, id);
        gate.Set();
        await bot.Discord.WaitUntilAsync(() => bot.Discord.RequestsTo("PATCH", "webhooks/").Count == 1, "the edit of the deferred reply");
        var edit = bot.Discord.RequestsTo("PATCH", "webhooks/")[0];
        Assert.Equal(5, callback["type"]!.GetValue<int>());
        Assert.Equal($"/api/v10/webhooks/{Fakes.FakeDiscord.ApplicationId}/interaction-token-{id}/messages/@original", edit.Path);
        Assert.Contains("$45B", edit.Json!["content"]!.GetValue<string>());
        Assert.Equal("""{"parse":[]}""", edit.Json!["allowed_mentions"]!.ToJsonString());
        var original = Assert.Single(bot.Discord.InteractionMessages("interaction-token-" + id));
        Assert.False(original.Ephemeral || original.Deleted, "the public answer stays");
    }

    [Fact]
    public async Task InteractionReplies_CarryNoBotToken_WhileMessagesDo()
    {
        // Interaction routes are authenticated by the token in the path: a rotated bot token cannot break them.
        await using var bot = await BotHarness.StartAsync();
        var id = DiscordEvents.NewId();

        await bot.Discord.Gateway.DispatchAsync("INTERACTION_CREATE", DiscordEvents.Command(id, "ask", 2, ("question", JsonValue.Create("xai total"), false), ("chart", JsonValue.Create(true), false)));
        await bot.Discord.WaitUntilAsync(() => bot.Discord.RequestsTo("PATCH", "webhooks/").Count == 1, "the chart edit");
        var reply = await bot.AskAsync("xai per year");

        Assert.Null(Assert.Single(bot.Discord.RequestsTo("POST", $"interactions/{id}/")).Authorization);
        Assert.Null(bot.Discord.RequestsTo("PATCH", "webhooks/")[0].Authorization);
        Assert.Equal("Bot " + bot.Discord.Token, reply.Authorization);
    }

    [Theory]
    [InlineData("xai", "anthropic-xai")]
    [InlineData("anthropic x", "anthropic-xai")]
    [InlineData("oracle", "openai-oracle")]
    public async Task Autocomplete_OffersMatchingDeals(string typed, string expected)
    {
        await using var bot = await BotHarness.StartAsync();
        var id = DiscordEvents.NewId();

        await bot.Discord.Gateway.DispatchAsync("INTERACTION_CREATE", DiscordEvents.Command(id, "deal", 4, ("deal", JsonValue.Create(typed), true)));

        var callback = await WaitForCallbackAsync(bot, id);
        Assert.Equal(8, callback["type"]!.GetValue<int>());
        var choices = callback["data"]!["choices"]!.AsArray();
        Assert.InRange(choices.Count, 1, 25);
        Assert.Contains(choices, c => c!["value"]!.GetValue<string>() == expected);
    }

    [Fact]
    public async Task Autocomplete_WithNothingTyped_OffersTwentyFive()
    {
        await using var bot = await BotHarness.StartAsync();
        var id = DiscordEvents.NewId();

        await bot.Discord.Gateway.DispatchAsync("INTERACTION_CREATE", DiscordEvents.Command(id, "compare", 4, ("deal1", JsonValue.Create(""), true)));

        var choices = (await WaitForCallbackAsync(bot, id))["data"]!["choices"]!.AsArray();
        Assert.Equal(25, choices.Count);
        Assert.Equal("anthropic-xai", choices[0]!["value"]!.GetValue<string>());
    }

    private static async Task<JsonNode> WaitForCallbackAsync(BotHarness bot, string id) => (await bot.Discord.WaitForCallbackAsync(id)).Json!;
}
