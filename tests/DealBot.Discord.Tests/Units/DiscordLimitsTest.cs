using System.Text.Json;
using System.Text.Json.Nodes;
using DealBot.Core.Answers;
using DealBot.Core.Catalog;
using DealBot.Discord.Commands;
using DealBot.Discord.Json;
using DealBot.Discord.Rendering;
using DealBot.Discord.Tests.Fakes;
using DealBot.Discord.Tests.Harness;

namespace DealBot.Discord.Tests.Units;

/// <summary>
/// What DealBot sends, checked against the limits Discord validates (<see cref="DiscordRules"/>), at sizes no catalog
/// answer reaches today: an answer far over every embed limit, every slash command, every autocomplete list.
/// </summary>
public sealed class DiscordLimitsTest
{
    [Fact]
    public void OversizedAnswer_IsCutToEveryMessageAndEmbedLimit()
    {
        var answer = new Answer
        {
            Understood = true,
            Intent = "total",
            Headline = new string('h', 3000),
            Steps = Enumerable.Range(0, 80).Select(i => $"step {i} " + new string('s', 150)).ToArray(),
            Assumptions = Enumerable.Range(0, 40).Select(i => $"assumption {i} " + new string('a', 1500)).ToArray(),
            Sources = Enumerable.Range(0, 60).Select(i => new Source($"s{i}", $"Source {i} " + new string('t', 300), $"https://example.com/{i}", new DateOnly(2026, 5, 1), FactStatus.Confirmed)).ToArray(),
            Suggestions = Enumerable.Range(0, 30).Select(i => $"question {i} " + new string('q', 200)).ToArray(),
        };

        var reply = EmbedRenderer.Render(answer);

        Assert.Empty(DiscordRules.MessageProblems(Node(reply.ToMessage("600000000000000001", pingAsker: false), DiscordJsonContext.Default.JsonCreateMessage)));
        Assert.Empty(DiscordRules.MessageProblems(Node(reply.ToEdit(), DiscordJsonContext.Default.JsonCreateMessage), interaction: true, edit: true));
        var callback = new JsonInteractionResponse { Type = JsonInteractionResponse.ChannelMessage, Data = reply.ToCallbackData(ephemeral: true) };
        Assert.Empty(DiscordRules.CallbackProblems(Node(callback, DiscordJsonContext.Default.JsonInteractionResponse)));
    }

    [Fact]
    public void Rules_RefuseAnEmbedOverTheTotal()
    {
        // The check above is only worth something if the rules do refuse what Discord refuses.
        var embed = new JsonEmbed { Title = "t", Fields = Enumerable.Range(0, 7).Select(i => new JsonEmbedField { Name = "n", Value = new string('v', 1000) }).ToList() };

        var problems = DiscordRules.MessageProblems(Node(new JsonCreateMessage { Embeds = [embed] }, DiscordJsonContext.Default.JsonCreateMessage));

        Assert.Contains(problems, p => p.Contains("6000", StringComparison.Ordinal));
    }

    [Fact]
    public void SlashCommands_AreValidForABulkOverwrite()
    {
        Assert.Empty(DiscordRules.CommandProblems(Node(ApplicationCommands.All(), DiscordJsonContext.Default.ListJsonApplicationCommand)));
        var upperCase = new List<JsonApplicationCommand> { new() { Type = 1, Name = "Deal", Description = "" } };
        Assert.Equal(2, DiscordRules.CommandProblems(Node(upperCase, DiscordJsonContext.Default.ListJsonApplicationCommand)).Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("openai")]
    [InlineData("xai")]
    public void Autocomplete_IsAValidChoiceList(string typed)
    {
        var choices = new DealAutocomplete(ChatPipeline.Catalog).Suggest(typed);
        var callback = new JsonInteractionResponse { Type = JsonInteractionResponse.AutocompleteResult, Data = new JsonInteractionCallbackData { Choices = choices } };

        Assert.NotEmpty(choices);
        Assert.Empty(DiscordRules.CallbackProblems(Node(callback, DiscordJsonContext.Default.JsonInteractionResponse)));
    }

    private static JsonNode Node<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) => JsonNode.Parse(JsonSerializer.SerializeToUtf8Bytes(value, type))!;
}
