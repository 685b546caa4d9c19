using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using DealBot.Discord.Json;
using Microsoft.Extensions.Logging;

namespace DealBot.Discord.Rest;

/// <summary>
/// Discord's REST API over one <see cref="HttpClient"/>: bot authentication, the User-Agent Discord asks for, and
/// every request through <see cref="RestRateLimiter"/>. A 429 is retried after exactly its <c>retry_after</c>; any
/// other error is a <see cref="DiscordRestException"/>. After a 401 the token is known bad and no further request
/// is sent (invalid requests count toward Cloudflare's ban).
/// </summary>
internal sealed partial class DiscordRestClient(HttpClient http, RestRateLimiter limiter, TimeProvider clock, ILogger<DiscordRestClient> logger)
{
    public const string UserAgent = "DiscordBot (https://github.com/dealbot/dealbot, 1.0)";

    /// <summary>A request that keeps drawing 429s is given up after this many tries.</summary>
    private const int MaxAttempts = 5;

    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private int _unauthorized;

    /// <summary>An <see cref="HttpClient"/> for <paramref name="options"/>: base URL, bot token and User-Agent.</summary>
    public static HttpClient CreateHttpClient(DiscordOptions options, HttpMessageHandler? handler = null)
    {
        var client = new HttpClient(handler ?? new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.All,
        })
        {
            BaseAddress = new Uri(options.ApiBaseUrl.ToString().TrimEnd('/') + "/"),
            Timeout = TimeSpan.FromSeconds(30),
        };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", options.Token);
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent);
        return client;
    }

    internal Task<TResponse?> SendAsync<TRequest, TResponse>(
        RestRoute route,
        TRequest? body,
        JsonTypeInfo<TRequest>? bodyType,
        JsonTypeInfo<TResponse>? responseType,
        CancellationToken cancellationToken)
        where TResponse : class =>
        SendAsync(route, body, bodyType, responseType, null, cancellationToken);

    /// <summary>
    /// With <paramref name="files"/>, the body goes as <c>multipart/form-data</c>: the JSON as the part
    /// <c>payload_json</c>, each file as <c>files[n]</c> (n = its index, which the JSON's attachments must match).
    /// </summary>
    internal async Task<TResponse?> SendAsync<TRequest, TResponse>(
        RestRoute route,
        TRequest? body,
        JsonTypeInfo<TRequest>? bodyType,
        JsonTypeInfo<TResponse>? responseType,
        IReadOnlyList<RestFile>? files,
        CancellationToken cancellationToken)
        where TResponse : class
    {
        var content = body is null || bodyType is null ? null : JsonSerializer.SerializeToUtf8Bytes(body, bodyType);
        for (var attempt = 1; ; attempt++)
        {
            if (Volatile.Read(ref _unauthorized) != 0)
            {
                throw new DiscordRestException(HttpStatusCode.Unauthorized, null, route.Template, "the bot token was rejected earlier; fix Discord:Token and restart");
            }

            await limiter.AcquireAsync(route, cancellationToken).ConfigureAwait(false);
            using var request = new HttpRequestMessage(route.Method, route.Path);
            if (files is { Count: > 0 })
            {
                request.Content = Multipart(content, files);
            }
            else if (content is not null)
            {
                request.Content = new ByteArrayContent(content);
                request.Content.Headers.ContentType = Json;
            }

            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var receivedAt = clock.GetUtcNow();
            var headers = RateLimitHeaders.Read(response.Headers);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var error = await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false);
                var retryAfter = RetryAfter(error, headers);
                var global = error?.Global == true || headers.Global;
                limiter.OnRateLimited(route, headers, retryAfter, global, receivedAt);
                LogRateLimited(route.Template, retryAfter.TotalMilliseconds, global, headers.Scope, attempt);
                if (attempt >= MaxAttempts)
                {
                    throw new DiscordRestException(response.StatusCode, error?.Code, route.Template, error?.Message);
                }

                continue;
            }

            limiter.OnResponse(route, headers, receivedAt);
            if (!response.IsSuccessStatusCode)
            {
                var error = await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.Unauthorized && Interlocked.Exchange(ref _unauthorized, 1) == 0)
                {
                    LogUnauthorized(route.Template);
                }

                throw new DiscordRestException(response.StatusCode, error?.Code, route.Template, error?.Message);
            }

            if (responseType is null || response.StatusCode == HttpStatusCode.NoContent)
            {
                return null;
            }

            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return await JsonSerializer.DeserializeAsync(stream, responseType, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A fresh body for each attempt (a sent HttpContent cannot be sent again); the bytes are shared, not copied.</summary>
    private static MultipartFormDataContent Multipart(byte[]? json, IReadOnlyList<RestFile> files)
    {
        var multipart = new MultipartFormDataContent();
        if (json is not null)
        {
            var payload = new ByteArrayContent(json);
            payload.Headers.ContentType = Json;
            multipart.Add(payload, "payload_json");
        }

        for (var i = 0; i < files.Count; i++)
        {
            var file = new ByteArrayContent(files[i].Content);
            file.Headers.ContentType = new MediaTypeHeaderValue(files[i].ContentType);
            multipart.Add(file, $"files[{i}]", files[i].FileName);
        }

        return multipart;
    }

    /// <summary>The body's <c>retry_after</c> (fractional seconds) is exact; the Retry-After header is rounded up to whole seconds.</summary>
    private static TimeSpan RetryAfter(JsonRestError? error, RateLimitHeaders headers) =>
        error?.RetryAfter is { } seconds and >= 0 ? TimeSpan.FromSeconds(seconds)
        : headers.RetryAfterHeader ?? headers.ResetAfter ?? TimeSpan.FromSeconds(1);

    private static async Task<JsonRestError?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            return bytes.Length == 0 ? null : JsonSerializer.Deserialize(bytes, DiscordJsonContext.Default.JsonRestError);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(LogLevel.Warning, "Discord rate-limited {Route}: retrying after {RetryAfterMs} ms (global {Global}, scope {Scope}, attempt {Attempt})")]
    private partial void LogRateLimited(string route, double retryAfterMs, bool global, string? scope, int attempt);

    [LoggerMessage(LogLevel.Critical, "Discord rejected the bot token (401 Unauthorized on {Route}): reset the token on the developer portal's Bot page and set Discord:Token; no further requests are sent")]
    private partial void LogUnauthorized(string route);
}
