using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DealBot.Slack.WebApi;

/// <summary>
/// The few Web API methods DealBot uses, on one HttpClient. Every call checks <c>"ok"</c> (Slack answers errors with
/// HTTP 200) and throws <see cref="SlackApiException"/>; a 429 is retried after its <c>Retry-After</c>. Tokens go only into
/// the Authorization header and are never logged.
/// </summary>
public sealed partial class SlackApiClient(HttpClient http, IOptions<SlackOptions> options, TimeProvider clock, ILogger<SlackApiClient> logger)
{
    private const int MaxRateLimitRetries = 3;
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(1);

    private readonly Uri _base = new(options.Value.ApiBaseUrl.EndsWith('/') ? options.Value.ApiBaseUrl : options.Value.ApiBaseUrl + "/");

    /// <summary>Calls a method with a JSON body; returns the response object (ok is true).</summary>
    public Task<JsonElement> CallAsync(string method, string? token, JsonObject? body, CancellationToken cancellationToken = default) =>
        SendAsync(method, new Uri(_base, method), token, () => Json(body ?? []), checkOk: true, cancellationToken);

    /// <summary>Calls a method with a form body (oauth.v2.access takes its client credentials this way).</summary>
    public Task<JsonElement> CallFormAsync(
        string method, string? token, IEnumerable<KeyValuePair<string, string>> form, CancellationToken cancellationToken = default)
    {
        var fields = form.ToList();
        return SendAsync(method, new Uri(_base, method), token, () => new FormUrlEncodedContent(fields), checkOk: true, cancellationToken);
    }

    /// <summary>Posts to a channel (in a thread when <paramref name="threadTs"/> is set); returns the message's ts.</summary>
    public async Task<string?> PostMessageAsync(
        string token, string channel, string? threadTs, JsonObject message, CancellationToken cancellationToken = default)
    {
        var body = Addressed(message, channel, threadTs);
        body["unfurl_links"] = false;
        body["unfurl_media"] = false;
        var response = await CallAsync("chat.postMessage", token, body, cancellationToken);
        return response.TryGetProperty("ts", out var ts) ? ts.GetString() : null;
    }

    /// <summary>A message only <paramref name="user"/> sees.</summary>
    public Task PostEphemeralAsync(
        string token, string channel, string user, string? threadTs, JsonObject message, CancellationToken cancellationToken = default)
    {
        var body = Addressed(message, channel, threadTs);
        body["user"] = user;
        return CallAsync("chat.postEphemeral", token, body, cancellationToken);
    }

    /// <summary>
    /// Uploads a file into a channel (in a thread when <paramref name="threadTs"/> is set) through Slack's files v2 flow:
    /// files.getUploadURLExternal for an upload URL, the bytes POSTed to it, then files.completeUploadExternal to share
    /// it. Needs the <c>files:write</c> scope; returns the file's id.
    /// </summary>
    public async Task<string> UploadFileAsync(
        string token, string channel, string? threadTs, SlackFile file, CancellationToken cancellationToken = default)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("filename", file.FileName),
            new("length", file.Content.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        if (file.AltText is { Length: > 0 } alt)
        {
            form.Add(new("alt_txt", alt.Length <= SlackFile.AltTextMax ? alt : alt[..SlackFile.AltTextMax]));
        }

        var ticket = await CallFormAsync("files.getUploadURLExternal", token, form, cancellationToken);
        if (!ticket.TryGetProperty("upload_url", out var url) || !Uri.TryCreate(url.GetString(), UriKind.Absolute, out var uploadUrl)
            || !ticket.TryGetProperty("file_id", out var id) || id.GetString() is not { Length: > 0 } fileId)
        {
            throw new SlackApiException("files.getUploadURLExternal", "missing_upload_url");
        }

        // The upload URL is pre-signed: no token goes with the bytes.
        await SendAsync("files.upload", uploadUrl, null, () => Bytes(file), checkOk: false, cancellationToken);

        var complete = new JsonObject
        {
            ["files"] = new JsonArray(new JsonObject { ["id"] = fileId, ["title"] = file.Title }),
            ["channel_id"] = channel,
        };
        if (threadTs is not null)
        {
            complete["thread_ts"] = threadTs;
        }

        await CallAsync("files.completeUploadExternal", token, complete, cancellationToken);
        return fileId;
    }

    /// <summary>A fresh Socket Mode URL; each one is good for one connection.</summary>
    public async Task<Uri> OpenConnectionAsync(string appToken, CancellationToken cancellationToken = default)
    {
        var response = await CallAsync("apps.connections.open", appToken, null, cancellationToken);
        return response.TryGetProperty("url", out var url) && Uri.TryCreate(url.GetString(), UriKind.Absolute, out var uri)
            ? uri
            : throw new SlackApiException("apps.connections.open", "missing_url");
    }

    /// <summary>The bot's own user id, so its messages are never taken for questions.</summary>
    public async Task<string?> GetBotUserIdAsync(string token, CancellationToken cancellationToken = default)
    {
        var response = await CallAsync("auth.test", token, null, cancellationToken);
        return response.TryGetProperty("user_id", out var user) ? user.GetString() : null;
    }

    /// <summary>Completes a slash command or an interaction through its response_url (works without a bot token).</summary>
    public Task PostToResponseUrlAsync(Uri responseUrl, JsonObject payload, CancellationToken cancellationToken = default) =>
        SendAsync("response_url", responseUrl, null, () => Json(payload), checkOk: false, cancellationToken);

    private static JsonObject Addressed(JsonObject message, string channel, string? threadTs)
    {
        var body = (JsonObject)message.DeepClone();
        body["channel"] = channel;
        if (threadTs is not null)
        {
            body["thread_ts"] = threadTs;
        }

        return body;
    }

    private static ByteArrayContent Bytes(SlackFile file)
    {
        var content = new ByteArrayContent(file.Content);
        content.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
        return content;
    }

    private static StringContent Json(JsonObject body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    private async Task<JsonElement> SendAsync(
        string method, Uri uri, string? token, Func<HttpContent> content, bool checkOk, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = content() };
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            using var response = await http.SendAsync(request, cancellationToken);
            var wait = response.StatusCode == HttpStatusCode.TooManyRequests ? RetryAfter(response.Headers.RetryAfter) : (TimeSpan?)null;
            if (wait is { } retryAfter && attempt < MaxRateLimitRetries)
            {
                LogRateLimited(method, retryAfter.TotalSeconds, attempt + 1);
                await Task.Delay(retryAfter, clock, cancellationToken);
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                // The wait goes with the error, so a caller that retries later (Socket Mode) still honours it.
                throw new SlackApiException(method, $"http_{(int)response.StatusCode}", response.StatusCode, wait);
            }

            return checkOk ? await ReadOkAsync(method, response, cancellationToken) : default;
        }
    }

    private static async Task<JsonElement> ReadOkAsync(string method, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        JsonElement json;
        try
        {
            json = await response.Content.ReadFromJsonAsync(SlackJson.Default.JsonElement, cancellationToken);
        }
        catch (JsonException)
        {
            throw new SlackApiException(method, "invalid_response", response.StatusCode);
        }

        if (json.ValueKind == JsonValueKind.Object && json.TryGetProperty("ok", out var ok) && ok.ValueKind == JsonValueKind.True)
        {
            return json;
        }

        var error = json.ValueKind == JsonValueKind.Object && json.TryGetProperty("error", out var e) ? e.GetString() : null;
        throw new SlackApiException(method, error ?? "unknown_error", response.StatusCode);
    }

    private TimeSpan RetryAfter(RetryConditionHeaderValue? header) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } when date > clock.GetUtcNow() => date - clock.GetUtcNow(),
        _ => DefaultRetryAfter,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack rate-limited {Method}: retrying in {RetryAfterSeconds} s (retry {Retry})")]
    private partial void LogRateLimited(string method, double retryAfterSeconds, int retry);
}
