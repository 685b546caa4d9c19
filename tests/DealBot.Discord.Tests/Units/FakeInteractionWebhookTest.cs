using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using DealBot.Discord.Tests.Fakes;
using DealBot.Discord.Tests.Harness;

namespace DealBot.Discord.Tests.Units;

/// <summary>
/// The fake's interaction webhook routes answer as Discord documents them (interactions/receiving-and-responding), so
/// scenario tests that rely on them mean what they say.
/// </summary>
public sealed class FakeInteractionWebhookTest : IAsyncLifetime
{
    private const string Original = "webhooks/100000000000000002/tok/messages/@original";

    private FakeDiscord _discord = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _discord = await FakeDiscord.StartAsync(TestToken.Value);
        _http = new HttpClient { BaseAddress = new Uri(_discord.ApiBaseUrl + "/") };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _discord.DisposeAsync();
    }

    [Fact]
    public async Task DeleteOriginal_Is204_ThenTheOriginalIsUnknownMessage()
    {
        await SendAsync(HttpMethod.Post, "interactions/1/tok/callback", """{"type":4,"data":{"content":"hi"}}""");

        var deleted = await SendAsync(HttpMethod.Delete, Original);
        var again = await SendAsync(HttpMethod.Delete, Original);
        var edit = await SendAsync(HttpMethod.Patch, Original, """{"content":"edited"}""");

        Assert.Equal((HttpStatusCode.NoContent, null), deleted);
        Assert.Equal((HttpStatusCode.NotFound, 10008), again);
        Assert.Equal((HttpStatusCode.NotFound, 10008), edit);
        Assert.True(Assert.Single(_discord.InteractionMessages("tok")).Deleted);
    }

    [Fact]
    public async Task DeleteOriginal_OfAnInteractionNeverAnswered_IsUnknownWebhook()
    {
        Assert.Equal((HttpStatusCode.NotFound, 10015), await SendAsync(HttpMethod.Delete, Original));
    }

    [Fact]
    public async Task FollowupAfterTheLoadingMessageWasDeleted_IsUnknownMessage()
    {
        await SendAsync(HttpMethod.Post, "interactions/1/tok/callback", """{"type":5}""");
        await SendAsync(HttpMethod.Delete, Original);

        Assert.Equal((HttpStatusCode.NotFound, 10008), await SendAsync(HttpMethod.Post, "webhooks/100000000000000002/tok", """{"content":"late","flags":64}"""));
    }

    [Fact]
    public async Task WebhookRoutes_PastTheTokensLifetime_AreInvalidWebhookToken()
    {
        _discord.InteractionTokenLifetime = TimeSpan.FromMilliseconds(100);
        await SendAsync(HttpMethod.Post, "interactions/1/tok/callback", """{"type":5}""");
        await Task.Delay(TimeSpan.FromMilliseconds(300));

        Assert.Equal((HttpStatusCode.Unauthorized, 50027), await SendAsync(HttpMethod.Delete, Original));
        Assert.Equal((HttpStatusCode.Unauthorized, 50027), await SendAsync(HttpMethod.Patch, Original, """{"content":"late"}"""));
        Assert.False(Assert.Single(_discord.InteractionMessages("tok")).Deleted);
    }

    /// <summary>The status and Discord's error code, if the response has one.</summary>
    private async Task<(HttpStatusCode Status, int? Code)> SendAsync(HttpMethod method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await _http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, body.Length == 0 ? null : JsonNode.Parse(body)?["code"]?.GetValue<int>());
    }
}
