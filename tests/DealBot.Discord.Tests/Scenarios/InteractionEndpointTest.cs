using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using DealBot.Chat.Pipeline;
using DealBot.Discord.Processing;
using DealBot.Discord.Tests.Harness;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using NSec.Cryptography;

namespace DealBot.Discord.Tests.Scenarios;

/// <summary>
/// The HTTP interactions endpoint: Ed25519 over timestamp + raw body, 401 on any failure, PING → PONG. Discord creates
/// the message when the response body has arrived, which here takes <see cref="BodyTransit"/>.
/// </summary>
public sealed class InteractionEndpointTest : IAsyncLifetime
{
    private const string Ping = """{"id":"800000000000000001","application_id":"100000000000000002","type":1,"token":"t","version":1}""";

    private static readonly TimeSpan BodyTransit = TimeSpan.FromMilliseconds(500);

    private readonly Key _key = Key.Create(SignatureAlgorithm.Ed25519);
    private readonly Key _otherKey = Key.Create(SignatureAlgorithm.Ed25519);
    private readonly HttpClient _http = new();

    /// <summary>Open unless a test makes answers slow; <see cref="_reply"/>, when set, replaces the real pipeline's answer.</summary>
    private readonly ManualResetEventSlim _gate = new(initialState: true);
    private ChatReply? _reply;
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.StartAsync(
            settings: new Dictionary<string, string?> { ["Discord:PublicKey"] = SignedInteraction.PublicKey(_key) },
            services: s => s.AddSingleton<IQuestionHandler>(p => new GatedQuestions(m => _reply is { } reply ? ValueTask.FromResult(reply) : p.GetRequiredService<MessageHandler>().HandleAsync(m), _gate)),
            middleware: app => app.Use(ReachDiscordSlowlyAsync));
    }

    /// <summary>Hands each 200 response body to the fake as Discord would receive it: complete, and only after its transit.</summary>
    private async Task ReachDiscordSlowlyAsync(HttpContext context, RequestDelegate next)
    {
        context.Request.EnableBuffering();
        var token = (await JsonNode.ParseAsync(context.Request.Body))?["token"]?.GetValue<string>() ?? "";
        context.Request.Body.Position = 0;
        var body = new SlowResponseBody(
            context.Response, context.Features.Get<IHttpResponseBodyFeature>()!, BodyTransit, bytes => _bot.Discord.DeliverEndpointResponse(token, JsonNode.Parse(bytes)));
        context.Features.Set<IHttpResponseBodyFeature>(body);
        await next(context);
        await body.CompleteAsync();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        _key.Dispose();
        _otherKey.Dispose();
        _gate.Dispose();
        await _bot.DisposeAsync();
    }

    [Fact]
    public async Task SignedPing_IsAnsweredWithPong()
    {
        var response = await PostAsync(Ping, _key, DateTimeOffset.UtcNow);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"type":1}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SignedCommand_IsAnsweredInTheResponseBody()
    {
        var command = DiscordEvents.Command("800000000000000002", "ask", 2, ("question", System.Text.Json.Nodes.JsonValue.Create("xai per MW-year"), false)).ToJsonString();

        var response = await PostAsync(command, _key, DateTimeOffset.UtcNow);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(4, body["type"]!.GetValue<int>());
        Assert.Contains("per MW-year", body["data"]!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task ChartOverTheEndpoint_IsEditedInOnceTheResponseBodyHasReachedDiscord()
    {
        await _bot.AskAsync("chart xai total"); // the first chart loads the fonts; later ones draw at once
        var id = DiscordEvents.NewId();
        var command = DiscordEvents.Command(
            id, "compare", 2, ("deal1", JsonValue.Create("anthropic-xai"), false), ("deal2", JsonValue.Create("openai-oracle"), false),
            ("basis", JsonValue.Create("per MW-year"), false), ("chart", JsonValue.Create(true), false)).ToJsonString();

        var response = await PostAsync(command, _key, DateTimeOffset.UtcNow);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _bot.Discord.WaitUntilAsync(() => _bot.Discord.RequestsTo("PATCH", "webhooks/").Count == 1, "the chart edit");
        var edit = Assert.Single(_bot.Discord.RequestsTo("PATCH", "webhooks/"));
        Assert.Equal(200, edit.Status);
        Assert.True(edit.IsMultipart);
        Assert.Null(edit.Authorization);
    }

    [Fact]
    public async Task PrivateReplyAfterADeferral_LeavesNoPublicPlaceholder()
    {
        _gate.Reset();
        _reply = new ChatReply(ChatReplyKind.RateLimited, RetryAfter: TimeSpan.FromSeconds(5));
        var id = DiscordEvents.NewId();
        var token = "interaction-token-" + id;

        var response = await PostAsync(DiscordEvents.Command(id, "ask", 2, ("question", JsonValue.Create("xai total"), false)).ToJsonString(), _key, DateTimeOffset.UtcNow);
        _gate.Set();

        Assert.Equal(5, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["type"]!.GetValue<int>());
        await _bot.Discord.WaitUntilAsync(() => _bot.Discord.InteractionMessages(token) is [{ Deleted: true }, ..], "the public original deleted");
        var messages = _bot.Discord.InteractionMessages(token);
        Assert.DoesNotContain(messages, m => !m.Ephemeral && !m.Deleted);
        Assert.Equal(_reply.RateLimitMessage, Assert.Single(messages, m => m.Ephemeral).Content);
    }

    [Fact]
    public async Task WrongKey_Is401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(Ping, _otherKey, DateTimeOffset.UtcNow)).StatusCode);
    }

    [Fact]
    public async Task TamperedBody_Is401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(Ping, _key, DateTimeOffset.UtcNow, tamper: true)).StatusCode);
    }

    // A minute past the 5-minute window either way: whole-second timestamps and a slow request cannot bring it back in.
    [Theory]
    [InlineData(-360)]
    [InlineData(360)]
    public async Task StaleOrFutureTimestamp_Is401(int seconds)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(Ping, _key, DateTimeOffset.UtcNow.AddSeconds(seconds))).StatusCode);
    }

    [Fact]
    public async Task MissingHeaders_Is401()
    {
        using var content = new StringContent(Ping, Encoding.UTF8, "application/json");

        var response = await _http.PostAsync(new Uri(_bot.BaseAddress, DiscordEndpointRouteBuilderExtensions.DefaultPath), content);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<HttpResponseMessage> PostAsync(string body, Key key, DateTimeOffset at, bool tamper = false)
    {
        using var request = SignedInteraction.Request(new Uri(_bot.BaseAddress, DiscordEndpointRouteBuilderExtensions.DefaultPath), body, key, at, tamper);
        return await _http.SendAsync(request);
    }
}
