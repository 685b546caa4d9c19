using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace DealBot.Mcp.Tests;

/// <summary>
/// What every transport must do, checked with the SDK's own client: list the tools and resources, call each tool,
/// follow up through a conversation id, and turn bad arguments into tool errors with a clear message.
/// </summary>
public abstract class McpContractTests
{
    protected abstract Task<McpClient> ClientAsync();

    [Fact]
    public async Task ListTools_HasEveryTool_WithDescribedParameters()
    {
        var client = await ClientAsync();

        var tools = await client.ListToolsAsync();

        Assert.Equal(ToolCalls.ToolNames.Order(), tools.Select(t => t.Name).Order());
        Assert.All(tools, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.Description), t.Name);
            Assert.All(t.JsonSchema.GetProperty("properties").EnumerateObject(), p => Assert.True(p.Value.TryGetProperty("description", out _), $"{t.Name}.{p.Name}"));
        });
    }

    [Fact]
    public async Task ListResources_HasCatalogConventionsAndEachDeal()
    {
        var client = await ClientAsync();

        var uris = (await client.ListResourcesAsync()).Select(r => r.Uri).ToList();

        Assert.Contains(CatalogUris.Catalog, uris);
        Assert.Contains(CatalogUris.Conventions, uris);
        Assert.Contains(CatalogUris.Deal("anthropic-xai"), uris);
    }

    [Theory]
    [InlineData(CatalogUris.Catalog, "\"deals\"")]
    [InlineData(CatalogUris.Conventions, "730")]
    [InlineData("dealbot://deals/anthropic-xai", "\"sources\"")]
    public async Task ReadResource_GivesItsText(string uri, string expected)
    {
        var client = await ClientAsync();

        var result = await client.ReadResourceAsync(uri);

        Assert.Contains(expected, Assert.IsType<TextResourceContents>(Assert.Single(result.Contents)).Text);
    }

    [Fact]
    public async Task ReadResource_UnknownDeal_IsAnErrorNamingTheClosest()
    {
        var client = await ClientAsync();

        var error = await Assert.ThrowsAnyAsync<ModelContextProtocol.McpException>(() => client.ReadResourceAsync("dealbot://deals/antropic-xai").AsTask());

        Assert.Contains("anthropic-xai", error.Message);
    }

    [Theory]
    [MemberData(nameof(ToolCalls.Each), MemberType = typeof(ToolCalls))]
    public async Task CallTool_Answers_WithTextAndStructuredJson(string tool, string property, Dictionary<string, object?> arguments)
    {
        var client = await ClientAsync();

        var result = await client.CallToolAsync(tool, arguments);

        Assert.NotEqual(true, result.IsError);
        Assert.False(string.IsNullOrWhiteSpace(Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text));
        var json = Structured(result);
        Assert.True(json.TryGetProperty(property, out var value) && value.ValueKind != JsonValueKind.Null, $"{tool}: {json}");
        if (tool == "list_deals")
        {
            Assert.All(json.GetProperty("deals").EnumerateArray(), d => Assert.NotEmpty(d.GetProperty("sources").EnumerateArray()));
            return;
        }

        // Every answer carries its value, unit, steps and sources; the user's own quantities rest on no source.
        var answer = tool == "deal" ? json.GetProperty("answer") : json;
        Assert.True(answer.GetProperty("understood").GetBoolean(), $"{tool}: {json}");
        Assert.NotEmpty(answer.GetProperty("steps").EnumerateArray());
        Assert.Equal(JsonValueKind.Array, answer.GetProperty("sources").ValueKind);
        if (tool is not ("convert" or "compute"))
        {
            Assert.NotEmpty(json.GetProperty("sources").EnumerateArray());
        }

        if (tool != "deal")
        {
            Assert.Equal(JsonValueKind.String, answer.GetProperty("unit").ValueKind);
        }
    }

    [Theory]
    [MemberData(nameof(ToolCalls.Bad), MemberType = typeof(ToolCalls))]
    public async Task CallTool_BadArguments_IsAToolErrorWithAClearMessage(string tool, string expected, Dictionary<string, object?> arguments)
    {
        var client = await ClientAsync();

        var result = await client.CallToolAsync(tool, arguments);

        Assert.True(result.IsError, tool);
        var text = Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text;
        Assert.Contains(expected, text);
        Assert.DoesNotContain("   at ", text);
    }

    [Fact]
    public async Task Ask_FollowUpWithConversationId_KeepsTheContext()
    {
        var client = await ClientAsync();
        var conversation = Guid.NewGuid().ToString("N");
        await client.CallToolAsync("ask", new Dictionary<string, object?> { ["question"] = "how much does anthropic pay xai a month?", ["conversation"] = conversation });

        var followUp = Structured(await client.CallToolAsync("ask", new Dictionary<string, object?> { ["question"] = "and per year?", ["conversation"] = conversation }));
        var alone = Structured(await client.CallToolAsync("ask", new Dictionary<string, object?> { ["question"] = "and per year?" }));

        Assert.True(followUp.GetProperty("understood").GetBoolean(), followUp.ToString());
        Assert.Equal("USD/year", followUp.GetProperty("unit").GetString());
        Assert.Contains("anthropic-xai", followUp.GetProperty("deals").EnumerateArray().Select(d => d.GetString()));
        Assert.NotEqual(followUp.GetProperty("text").GetString(), alone.GetProperty("text").GetString());
    }

    private static JsonElement Structured(CallToolResult result) =>
        JsonSerializer.SerializeToElement(result.StructuredContent ?? throw new Xunit.Sdk.XunitException("no structured content"));
}
