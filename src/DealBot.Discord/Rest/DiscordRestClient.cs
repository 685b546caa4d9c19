using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using DealBot.Discord.Json;
using Microsoft.Extensions.Logging;

namespace DealBot.Discord.Rest;

/// <summary>
/// Discord's REST API over one <see cref="HttpClient"/>: bot authentication on the routes that take it, the User-Agent
/// Discord asks for, and every request through <see cref="RestRateLimiter"/>. A 429 is retried after exactly its <c>retry_after</c>; a 5xx
/// or a lost connection is retried a few times with growing waits (<see cref="DiscordBotConfiguration.ServerErrorRetryDelays"/>);
/// any other error is a <see cref="DiscordRestException"/>. Invalid responses (401, 403, 429) are counted and requests
/// held back before they could add up to Discord's IP ban (10,000 in 10 minutes, then Cloudflare refuses the IP for a while). After a 401 on a route
/// the bot token authenticates, the token is known bad and no further such request is sent; a 401 on an interaction
/// route only means that interaction's token expired.
/// </summary>
internal sealed partial class DiscordRestClient(
    HttpClient http, string botToken, RestRateLimiter limiter, DiscordBotConfiguration configuration, TimeProvider clock, ILogger<DiscordRestClient> logger)
{
    public const string UserAgent = "DiscordBot (https://github.com/dealbot/dealbot, 1.0)";

    /// <summary>A request that keeps drawing 429s is given up after this many tries.</summary>
    private const int MaxAttempts = 5;

    private static readonly MediaTypeHeaderValue Json = new("application/json");

    /// <summary>
    /// Sent per request, only on routes the bot token authenticates: interaction callbacks and webhooks carry their own
    /// token in the path, so a rotated or revoked bot token never touches an interaction reply (discord.js does the same).
    /// The string is stored as-is, where a default header would be cloned into every request.
    /// </summary>
    private readonly string _authorization = "Bot " + botToken;

    /// <summary>The instants of the latest invalid responses; full inside the window means hold requests back.</summary>
    private readonly SlidingWindowLimiter _invalid = new(configuration.InvalidRequestLimit, configuration.InvalidRequestWindow);
    private int _unauthorized;
    private int _holding;

    /// <summary>An <see cref="HttpClient"/> for <paramref name="options"/>: base URL and User-Agent (the bot token goes per request).</summary>
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
        var rateLimited = 0;
        var serverErrors = 0;
        while (true)
        {
            if (route.UsesBotToken && Volatile.Read(ref _unauthorized) != 0)
            {
                throw new DiscordRestException(HttpStatusCode.Unauthorized, null, route.Template, "the bot token was rejected earlier; fix Discord:Token and restart");
            }

            await WaitWhileTooManyInvalidAsync(cancellationToken).ConfigureAwait(false);
            await limiter.AcquireAsync(route, cancellationToken).ConfigureAwait(false);
            using var request = new HttpRequestMessage(route.Method, route.Path);
            if (route.UsesBotToken)
            {
                request.Headers.TryAddWithoutValidation("Authorization", _authorization);
            }

            if (files is { Count: > 0 })
            {
                request.Content = Multipart(content, files);
            }
            else if (content is not null)
            {
                request.Content = new ByteArrayContent(content);
                request.Content.Headers.ContentType = Json;
            }

            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (IsLostResponse(e, cancellationToken) && serverErrors < configuration.ServerErrorRetryDelays.Count)
            {
                await WaitToRetryAsync(route, e.GetType().Name, serverErrors++, cancellationToken).ConfigureAwait(false);
                continue;
            }

            using (response)
            {
                var receivedAt = clock.GetUtcNow();
                var headers = RateLimitHeaders.Read(response.Headers);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    // A shared-resource 429 is not the bot's doing, and Discord does not count it.
                    if (!string.Equals(headers.Scope, "shared", StringComparison.OrdinalIgnoreCase))
                    {
                        _invalid.Record(receivedAt);
                    }

                    var error = await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false);
                    var retryAfter = RetryAfter(error, headers);
                    var global = error?.Global == true || headers.Global;
                    limiter.OnRateLimited(route, headers, retryAfter, global, receivedAt);
                    LogRateLimited(route.Template, retryAfter.TotalMilliseconds, global, headers.Scope, ++rateLimited);
                    if (rateLimited >= MaxAttempts)
                    {
                        throw new DiscordRestException(response.StatusCode, error?.Code, route.Template, error?.Message);
                    }

                    continue;
                }

                limiter.OnResponse(route, headers, receivedAt);
                if ((int)response.StatusCode >= 500 && serverErrors < configuration.ServerErrorRetryDelays.Count)
                {
                    await WaitToRetryAsync(route, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), serverErrors++, cancellationToken)
                        .ConfigureAwait(false);
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                    {
                        _invalid.Record(receivedAt);
                    }

                    var error = await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false);
                    if (response.StatusCode == HttpStatusCode.Unauthorized && route.UsesBotToken && Interlocked.Exchange(ref _unauthorized, 1) == 0)
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
    }

    /// <summary>No response at all: the connection failed or HttpClient's own timeout fired (not our cancellation).</summary>
    private static bool IsLostResponse(Exception e, CancellationToken cancellationToken) =>
        e is HttpRequestException || (e is TaskCanceledException { InnerException: TimeoutException } && !cancellationToken.IsCancellationRequested);

    private async Task WaitToRetryAsync(RestRoute route, string failure, int retry, CancellationToken cancellationToken)
    {
        var delay = configuration.ServerErrorRetryDelays[retry];
        LogServerError(route.Template, failure, delay.TotalMilliseconds, retry + 1);
        await ClockWait.UntilAsync(clock, clock.GetUtcNow() + delay, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask WaitWhileTooManyInvalidAsync(CancellationToken cancellationToken)
    {
        while (_invalid.WaitTime(clock.GetUtcNow()) is var wait && wait > TimeSpan.Zero)
        {
            if (Interlocked.Exchange(ref _holding, 1) == 0)
            {
                LogHoldingForInvalidRequests(configuration.InvalidRequestLimit, configuration.InvalidRequestWindow.TotalMinutes, wait.TotalSeconds);
            }

            await ClockWait.UntilAsync(clock, clock.GetUtcNow() + wait, cancellationToken).ConfigureAwait(false);
        }

        if (Volatile.Read(ref _holding) != 0)
        {
            Volatile.Write(ref _holding, 0);
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

    [LoggerMessage(LogLevel.Warning, "Discord answered {Route} with {Failure}: retrying in {DelayMs} ms (retry {Retry})")]
    private partial void LogServerError(string route, string failure, double delayMs, int retry);

    [LoggerMessage(LogLevel.Error, "Discord: {Limit} invalid requests (401, 403, 429) within {WindowMinutes} minutes; REST calls are held for {WaitSeconds:0.#} s so that Discord does not ban this IP")]
    private partial void LogHoldingForInvalidRequests(int limit, double windowMinutes, double waitSeconds);

    [LoggerMessage(LogLevel.Critical, "Discord rejected the bot token (401 Unauthorized on {Route}): reset the token on the developer portal's Bot page and set Discord:Token; no further requests are sent")]
    private partial void LogUnauthorized(string route);
}
