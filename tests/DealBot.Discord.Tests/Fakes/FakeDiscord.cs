using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DealBot.Discord.Tests.Fakes;

/// <summary>
/// Discord in-process on 127.0.0.1: the REST routes DealBot calls (with X-RateLimit headers, per-channel buckets,
/// the global limit, and 429s on demand) and the gateway WebSocket (<see cref="FakeGateway"/>). Every request is
/// recorded with its arrival time, so tests assert on what Discord would have seen; multipart bodies are split into
/// <c>payload_json</c> (the request's JSON) and their files.
/// </summary>
public sealed partial class FakeDiscord : IAsyncDisposable
{
    public const string BotUserId = "100000000000000001";
    public const string ApplicationId = "100000000000000002";

    private readonly WebApplication _app;
    private readonly List<FakeRequest> _requests = [];
    private readonly Lock _lock = new();
    private long _nextId = 200000000000000000;

    private FakeDiscord(WebApplication app, string token)
    {
        _app = app;
        Token = token;
        Gateway = new FakeGateway(this);
    }

    public string Token { get; }

    public FakeGateway Gateway { get; }

    public Signal Changed { get; } = new();

    public int Port { get; private set; }

    public Uri ApiBaseUrl => new($"http://127.0.0.1:{Port}/api/v10");

    public Uri GatewayUrl => new($"ws://127.0.0.1:{Port}/gateway");

    public Uri ResumeUrl => new($"ws://127.0.0.1:{Port}/resume");

    /// <summary>False for load runs: nothing is kept, <see cref="MessageCreated"/> still fires.</summary>
    public bool RecordRequests { get; set; } = true;

    /// <summary>Called for every accepted message create: channel, the message replied to, arrival time.</summary>
    public Action<string, string?, long>? MessageCreated { get; set; }

    public static async Task<FakeDiscord> StartAsync(string token)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var fake = new FakeDiscord(app, token);
        app.UseWebSockets();
        app.Run(fake.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.Port = new Uri(address).Port;
        return fake;
    }

    public IReadOnlyList<FakeRequest> Requests
    {
        get
        {
            lock (_lock)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Message creates Discord accepted (2xx), in arrival order.</summary>
    public IReadOnlyList<FakeRequest> Messages => Requests.Where(r => r.IsMessageCreate && r.Status < 300).ToArray();

    public IReadOnlyList<FakeRequest> RequestsTo(string method, string pathPrefix) =>
        Requests.Where(r => r.Method == method && r.Path.StartsWith("/api/v10/" + pathPrefix, StringComparison.Ordinal)).ToArray();

    public Task WaitUntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null) => Changed.WaitUntilAsync(condition, what, timeout);

    /// <summary>Waits for the bot's reply to message <paramref name="messageId"/>.</summary>
    public async Task<FakeRequest> WaitForReplyAsync(string messageId, TimeSpan? timeout = null)
    {
        await WaitUntilAsync(() => Messages.Any(m => m.ReplyTo == messageId), $"a reply to message {messageId}", timeout);
        return Messages.First(m => m.ReplyTo == messageId);
    }

    /// <summary>Waits for the callback (the first response over HTTP) to interaction <paramref name="interactionId"/>.</summary>
    public async Task<FakeRequest> WaitForCallbackAsync(string interactionId, TimeSpan? timeout = null)
    {
        await WaitUntilAsync(() => RequestsTo("POST", $"interactions/{interactionId}/").Count == 1, $"the callback for interaction {interactionId}", timeout);
        return RequestsTo("POST", $"interactions/{interactionId}/")[0];
    }

    public string NextId() => Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (context.WebSockets.IsWebSocketRequest)
        {
            await Gateway.AcceptAsync(context);
            return;
        }

        var (body, files) = await ReadBodyAsync(context.Request);
        var request = new FakeRequest(
            context.Request.Method,
            path,
            context.Request.Headers.Authorization.FirstOrDefault(),
            context.Request.Headers.UserAgent.FirstOrDefault(),
            context.Request.ContentType,
            body,
            DateTimeOffset.UtcNow)
        {
            Files = files,
        };

        var (status, json) = Route(request, context.Response.Headers);
        request.Status = status;
        if (RecordRequests)
        {
            lock (_lock)
            {
                _requests.Add(request);
            }
        }

        if (status < 300 && request.IsMessageCreate && MessageCreated is { } created)
        {
            created(request.ChannelId!, request.ReplyTo ?? ReplyToOf(body), System.Diagnostics.Stopwatch.GetTimestamp());
        }

        context.Response.StatusCode = status;
        if (json is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(json);
        }

        Changed.Pulse();
    }

    /// <summary>The reply target when requests are not recorded (the record parses it lazily).</summary>
    private static string? ReplyToOf(string body)
    {
        var start = body.IndexOf("\"message_id\":\"", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += 14;
        return body[start..body.IndexOf('"', start)];
    }

    private (int Status, string? Json) Route(FakeRequest request, IHeaderDictionary headers)
    {
        var parts = request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 3 || parts[0] != "api" || parts[1] != "v10")
        {
            return (404, """{"message":"404: Not Found","code":0}""");
        }

        var route = parts[2..];
        var isInteraction = route[0] is "interactions" or "webhooks";
        if (!isInteraction && request.Authorization != "Bot " + Token)
        {
            return (401, """{"message":"401: Unauthorized","code":0}""");
        }

        if (Limit(request, route, headers) is { } limited)
        {
            return limited;
        }

        if (InjectedFailure(request) is { } failed)
        {
            return failed;
        }

        if (CheckUpload(request) is { } refused)
        {
            return refused;
        }

        if (RecordRequests && BodyProblems(request, route) is { Count: > 0 } problems)
        {
            return (400, new JsonObject { ["message"] = "Invalid Form Body", ["code"] = 50035, ["problems"] = new JsonArray([.. problems.Select(p => JsonValue.Create(p))]) }.ToJsonString());
        }

        return (request.Method, route) switch
        {
            ("GET", ["gateway", "bot"]) => (200, GatewayBot()),
            ("POST", ["channels", var channel, "messages"]) => (200, new JsonObject { ["id"] = NextId(), ["channel_id"] = channel }.ToJsonString()),
            ("POST", ["interactions", _, var token, "callback"]) => Callback(Uri.UnescapeDataString(token), request),
            ("PATCH", ["webhooks", _, var token, "messages", "@original"]) => EditOriginal(Uri.UnescapeDataString(token), request),
            ("DELETE", ["webhooks", _, var token, "messages", "@original"]) => DeleteOriginal(Uri.UnescapeDataString(token), request),
            ("POST", ["webhooks", _, var token]) => Followup(Uri.UnescapeDataString(token), request),
            ("GET", ["applications", _, "commands"]) => (200, Commands(null)),
            ("GET", ["applications", _, "guilds", var guild, "commands"]) => (200, Commands(guild)),
            ("PUT", ["applications", _, "commands"]) => (200, StoreCommands(null, request.Body)),
            ("PUT", ["applications", _, "guilds", var guild, "commands"]) => (200, StoreCommands(guild, request.Body)),
            _ => (404, """{"message":"404: Not Found","code":0}"""),
        };
    }

    /// <summary>
    /// What Discord's validation would refuse in the body (<see cref="DiscordRules"/>). Load runs, which record nothing,
    /// skip it so the fake's parsing stays out of the latency figures.
    /// </summary>
    private static List<string>? BodyProblems(FakeRequest request, string[] route) => (request.Method, route) switch
    {
        ("POST", ["channels", _, "messages"]) => DiscordRules.MessageProblems(request.Json),
        ("POST", ["interactions", _, _, "callback"]) => DiscordRules.CallbackProblems(request.Json),
        ("PATCH", ["webhooks", _, _, "messages", "@original"]) => DiscordRules.MessageProblems(request.Json, interaction: true, edit: true),
        ("POST", ["webhooks", _, _]) => DiscordRules.MessageProblems(request.Json, interaction: true),
        ("PUT", ["applications", .., "commands"]) => DiscordRules.CommandProblems(request.Json),
        _ => null,
    };

    private string GatewayBot()
    {
        var (remaining, resetAfter) = SessionStartLimit();
        return new JsonObject
        {
            ["url"] = GatewayUrl.ToString().TrimEnd('/'),
            ["shards"] = RecommendedShards,
            ["session_start_limit"] = new JsonObject
            {
                ["total"] = SessionStartTotal,
                ["remaining"] = remaining,
                ["reset_after"] = resetAfter,
                ["max_concurrency"] = MaxConcurrency,
            },
        }.ToJsonString();
    }
}
