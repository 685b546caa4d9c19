using DealBot.Discord.Gateway;
using DealBot.Discord.Rest;
using DealBot.Discord.Tests.Fakes;
using DealBot.Discord.Tests.Harness;

namespace DealBot.Discord.Tests.Scenarios;

public sealed class IdentifyTest
{
    [Fact]
    public async Task Start_AsksGatewayBotThenIdentifies_AndIsReady()
    {
        await using var bot = await BotHarness.StartAsync();

        var gatewayBot = Assert.Single(bot.Discord.RequestsTo("GET", "gateway/bot"));
        Assert.Equal("Bot " + TestToken.Value, gatewayBot.Authorization);
        Assert.Equal(DiscordRestClient.UserAgent, gatewayBot.UserAgent);
        var connection = Assert.Single(bot.Discord.Gateway.Connections);
        Assert.Equal("/gateway", connection.Path);
        Assert.Equal("?v=10&encoding=json", connection.Query);
        var identify = Assert.Single(bot.Discord.Gateway.Identifies).Data!;
        Assert.Equal(TestToken.Value, identify["token"]!.GetValue<string>());
        Assert.Equal(4609, identify["intents"]!.GetValue<int>());
        Assert.Equal("[0,1]", identify["shard"]!.ToJsonString());
        Assert.Equal("DealBot", identify["properties"]!["browser"]!.GetValue<string>());
        Assert.Equal(ShardState.Ready, bot.StateOf(0));
    }

    [Fact]
    public async Task Start_WithMessageContentIntent_Asks37377()
    {
        await using var bot = await BotHarness.StartAsync(settings: new Dictionary<string, string?> { ["Discord:MessageContentIntent"] = "true" });

        Assert.Equal(37377, Assert.Single(bot.Discord.Gateway.Identifies).Data!["intents"]!.GetValue<int>());
    }

    [Fact]
    public async Task Mention_IsAnsweredAsAReplyWithAnEmbedThatPingsNobody()
    {
        await using var bot = await BotHarness.StartAsync();

        var reply = await bot.AskAsync("how much will anthropic pay xai in total?");

        var json = reply.Json!;
        Assert.Equal("Bot " + TestToken.Value, reply.Authorization);
        Assert.StartsWith("application/json", reply.ContentType);
        Assert.Equal("""{"parse":[],"replied_user":false}""", json["allowed_mentions"]!.ToJsonString());
        Assert.False(json["message_reference"]!["fail_if_not_exists"]!.GetValue<bool>());
        Assert.Contains("$", json["content"]!.GetValue<string>());
        var embed = json["embeds"]![0]!;
        var content = json["content"]!.GetValue<string>();
        Assert.Equal(content.Length <= 256 ? content : content[..255] + "…", embed["title"]!.GetValue<string>());
        Assert.Contains("Full rate", embed["description"]!.GetValue<string>());
        Assert.Contains(embed["fields"]!.AsArray(), f => f!["name"]!.GetValue<string>() == "Sources" && f["value"]!.GetValue<string>().Contains("](<https://", StringComparison.Ordinal));
    }
}
