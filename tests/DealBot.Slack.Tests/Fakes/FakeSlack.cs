using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DealBot.Slack.Tests.Fakes;

/// <summary>
/// An in-process Slack on 127.0.0.1: the Web API methods DealBot calls (checking tokens as Slack does, answering
/// <c>"ok": false</c> with an error code), files v2 uploads (FakeSlack.Files.cs), response_url endpoints, and a Socket Mode WebSocket server whose URLs are
/// single-use tickets from apps.connections.open (a socket can be refused the way Slack refuses one too many). Every
/// request is recorded with the test clock's time.
/// </summary>
public sealed partial class FakeSlack : IAsyncDisposable
{
    public const string BotToken = "xoxb-1-fake-bot-token";
    public const string AppToken = "xapp-1-fake-app-token";
    public const string BotUserId = "UBOT";
    public const string TeamId = "T1";
    public const string ClientId = "1234.5678";
    public const string ClientSecret = "fake-client-secret-value";

    private readonly WebApplication _app;
    private readonly TimeProvider _clock;
    private readonly ConcurrentQueue<FakeSlackCall> _calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<int>> _rateLimits = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _failures = new();
    private readonly ConcurrentDictionary<string, bool> _tickets = new();
    private readonly ConcurrentQueue<string> _socketRefusals = new();
    private readonly ConcurrentQueue<FakeSocketConnection> _refused = new();
    private readonly ConcurrentDictionary<string, (string TeamId, string Token, string BotUserId)> _codes = new();
    private readonly ConcurrentDictionary<string, string> _botUsers = new() { [BotToken] = BotUserId };
    private readonly Channel<FakeSocketConnection> _connections = Channel.CreateUnbounded<FakeSocketConnection>();
    private int _ticket;
    private int _ts;

    private FakeSlack(WebApplication app, TimeProvider clock)
    {
        _app = app;
        _clock = clock;
    }

    public Uri BaseUrl { get; private set; } = null!;

    public string ApiBaseUrl => new Uri(BaseUrl, "api/").ToString();

    public IReadOnlyList<FakeSlackCall> Calls => _calls.ToArray();

    public int SocketUrlsIssued => _ticket;

    /// <summary>Sockets that got a disconnect notice instead of hello (see <see cref="RefuseSockets"/>), in order.</summary>
    public IReadOnlyList<FakeSocketConnection> RefusedSockets => _refused.ToArray();

    public static async Task<FakeSlack> StartAsync(TimeProvider clock)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeSlack(app, clock);
        app.UseWebSockets();
        app.MapPost("/api/{method}", context => fake.ApiAsync(context, (string)context.Request.RouteValues["method"]!));
        app.MapPost("/response/{id}", fake.ResponseUrlAsync);
        app.MapPost("/upload/{id}", fake.UploadAsync);
        app.Map("/socket", fake.SocketAsync);
        await app.StartAsync();
        fake.BaseUrl = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        return fake;
    }

    public IReadOnlyList<FakeSlackCall> CallsTo(string method) => Calls.Where(c => c.Method == method && c.Status == 200).ToArray();

    /// <summary>The next <paramref name="times"/> calls to <paramref name="method"/> get 429 with Retry-After.</summary>
    public void RateLimit(string method, int retryAfterSeconds, int times = 1)
    {
        var queue = _rateLimits.GetOrAdd(method, _ => new ConcurrentQueue<int>());
        for (var i = 0; i < times; i++)
        {
            queue.Enqueue(retryAfterSeconds);
        }
    }

    /// <summary>The next <paramref name="times"/> calls to <paramref name="method"/> answer ok:false with <paramref name="error"/>.</summary>
    public void Fail(string method, string error, int times = 1)
    {
        var queue = _failures.GetOrAdd(method, _ => new ConcurrentQueue<string>());
        for (var i = 0; i < times; i++)
        {
            queue.Enqueue(error);
        }
    }

    /// <summary>
    /// The next <paramref name="times"/> sockets get <c>disconnect</c> with <paramref name="reason"/> instead of hello, as
    /// Slack answers a socket beyond the app's 10 (too_many_websockets); the fake then waits for the bot to close it.
    /// </summary>
    public void RefuseSockets(string reason = "too_many_websockets", int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            _socketRefusals.Enqueue(reason);
        }
    }

    /// <summary>A code the OAuth callback can trade for a new workspace's bot token.</summary>
    public void IssueCode(string code, string teamId, string token, string botUserId)
    {
        _codes[code] = (teamId, token, botUserId);
    }

    public Uri NewResponseUrl() => new(BaseUrl, $"response/{Guid.NewGuid():N}");

    public async Task<FakeSocketConnection> NextConnectionAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? Wait.Timeout);
        return await _connections.Reader.ReadAsync(cts.Token);
    }

    public bool HasPendingConnection => _connections.Reader.TryPeek(out _);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ApiAsync(HttpContext context, string method)
    {
        var token = context.Request.Headers.Authorization.ToString() is { } auth && auth.StartsWith("Bearer ", StringComparison.Ordinal)
            ? auth["Bearer ".Length..]
            : null;
        var body = await ReadBodyAsync(context.Request);
        if (_rateLimits.TryGetValue(method, out var limits) && limits.TryDequeue(out var retryAfter))
        {
            Record(method, token, body, 429);
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(Error("ratelimited").ToJsonString());
            return;
        }

        Record(method, token, body, 200);
        var response = _failures.TryGetValue(method, out var failures) && failures.TryDequeue(out var failure) ? Error(failure) : method switch
        {
            "apps.connections.open" when token == AppToken => Ok(new JsonObject { ["url"] = NewSocketUrl() }),
            "apps.connections.open" => Error(token?.StartsWith("xoxb-", StringComparison.Ordinal) == true ? "not_allowed_token_type" : "invalid_auth"),
            "auth.test" when Bot(token) is { } user => Ok(new JsonObject { ["user_id"] = user, ["team_id"] = TeamId, ["bot_id"] = "BBOT" }),
            "chat.postMessage" when Bot(token) is null => Error("invalid_auth"),
            "chat.postMessage" when Str(body, "channel") is null || (Str(body, "text") is null && !body.TryGetProperty("blocks", out _)) => Error("no_text"),
            "chat.postMessage" when Str(body, "channel") == "CGONE" => Error("channel_not_found"),
            "chat.postMessage" => Ok(new JsonObject { ["channel"] = Str(body, "channel"), ["ts"] = NextTs() }),
            "chat.postEphemeral" when Bot(token) is null => Error("invalid_auth"),
            "chat.postEphemeral" => Ok(new JsonObject { ["message_ts"] = NextTs() }),
            "files.getUploadURLExternal" when Bot(token) is null => Error("invalid_auth"),
            "files.getUploadURLExternal" => GetUploadUrl(body),
            "files.completeUploadExternal" when Bot(token) is null => Error("invalid_auth"),
            "files.completeUploadExternal" => CompleteUpload(body),
            "oauth.v2.access" => OAuthAccess(body),
            _ => Error("unknown_method"),
        };

        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(response.ToJsonString());
    }

    private JsonObject OAuthAccess(JsonElement body)
    {
        if (Str(body, "client_id") != ClientId || Str(body, "client_secret") != ClientSecret)
        {
            return Error("invalid_client_id");
        }

        if (Str(body, "code") is not { } code || !_codes.TryRemove(code, out var grant))
        {
            return Error("invalid_code");
        }

        _botUsers[grant.Token] = grant.BotUserId;
        return Ok(new JsonObject
        {
            ["access_token"] = grant.Token,
            ["token_type"] = "bot",
            ["scope"] = "commands,chat:write,files:write,app_mentions:read,im:history",
            ["bot_user_id"] = grant.BotUserId,
            ["app_id"] = "A1",
            ["team"] = new JsonObject { ["id"] = grant.TeamId, ["name"] = "Team <" + grant.TeamId + ">" },
            ["enterprise"] = null,
            ["is_enterprise_install"] = false,
            ["authed_user"] = new JsonObject { ["id"] = "UINSTALLER" },
        });
    }

    private async Task ResponseUrlAsync(HttpContext context)
    {
        Record("response_url", null, await ReadBodyAsync(context.Request), 200);
        context.Response.ContentType = "text/plain";
        await context.Response.WriteAsync("ok");
    }

    private async Task SocketAsync(HttpContext context)
    {
        var ticket = context.Request.Query["ticket"].ToString();
        if (!context.WebSockets.IsWebSocketRequest || !_tickets.TryRemove(ticket, out _))
        {
            // A used or unknown URL: Slack refuses it too.
            context.Response.StatusCode = 403;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new FakeSocketConnection(socket, ticket);
        if (_socketRefusals.TryDequeue(out var reason))
        {
            _refused.Enqueue(connection);
            await connection.SendDisconnectAsync(reason);
            await connection.RunAsync();
            return;
        }

        await _connections.Writer.WriteAsync(connection);
        await connection.RunAsync();
    }

    private string NewSocketUrl()
    {
        var ticket = Interlocked.Increment(ref _ticket).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _tickets[ticket] = true;
        return new UriBuilder(BaseUrl) { Scheme = "ws", Path = "socket", Query = "ticket=" + ticket }.Uri.ToString();
    }

    private string? Bot(string? token) => token is not null && _botUsers.TryGetValue(token, out var user) ? user : null;

    private string NextTs() => $"1764244800.{Interlocked.Increment(ref _ts):D6}";

    private void Record(string method, string? token, JsonElement body, int status) =>
        _calls.Enqueue(new FakeSlackCall(method, token, body, status, _clock.GetUtcNow()));

    private static async Task<JsonElement> ReadBodyAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        if (request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.Ordinal) == true)
        {
            var form = new JsonObject();
            foreach (var (key, value) in QueryHelpers.ParseQuery(text))
            {
                form[key] = value.ToString();
            }

            return JsonSerializer.SerializeToElement(form);
        }

        return text.Length == 0 ? JsonSerializer.SerializeToElement(new JsonObject()) : JsonSerializer.Deserialize<JsonElement>(text);
    }

    private static string? Str(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static JsonObject Ok(JsonObject fields)
    {
        fields["ok"] = true;
        return fields;
    }

    private static JsonObject Error(string code) => new() { ["ok"] = false, ["error"] = code };
}
