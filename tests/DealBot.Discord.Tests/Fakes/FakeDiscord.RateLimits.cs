using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace DealBot.Discord.Tests.Fakes;

/// <summary>
/// Rate limits as Discord applies them: a fixed window per bucket (message creates per channel), the global limit
/// (interaction routes exempt), and 429s injected by tests. A request that arrives while its bucket or the global
/// limit is blocked by an earlier 429 is an <see cref="EarlyRequests">early request</see>: the client did not honour
/// retry_after.
/// </summary>
public sealed partial class FakeDiscord
{
    private readonly Queue<(TimeSpan RetryAfter, bool Global)> _forced = new();
    private readonly Dictionary<string, (int Count, DateTimeOffset ResetAt)> _windows = [];
    private readonly Dictionary<string, DateTimeOffset> _blockedUntil = [];
    private DateTimeOffset _globalWindowStart;
    private int _globalCount;
    private int _early;
    private int _tooMany;

    /// <summary>Requests sent before a 429's retry_after had elapsed.</summary>
    public int EarlyRequests => Volatile.Read(ref _early);

    /// <summary>Every 429 the fake answered, injected or earned.</summary>
    public int TooManyRequests => Volatile.Read(ref _tooMany);

    /// <summary>The next message create gets a 429 with exactly this retry_after.</summary>
    public void FailNextMessageWith429(TimeSpan retryAfter, bool global = false)
    {
        lock (_forced)
        {
            _forced.Enqueue((retryAfter, global));
        }
    }

    private (int, string?)? Limit(FakeRequest request, string[] route, IHeaderDictionary headers)
    {
        var countsGlobal = route[0] is not ("interactions" or "webhooks");
        var bucket = route[0] == "channels" ? "messages" : route[0];
        var key = route[0] == "channels" ? $"messages:{route[1]}" : bucket;
        var now = request.ArrivedAt;
        lock (_forced)
        {
            var globalBlocked = countsGlobal && _blockedUntil.TryGetValue("global", out var global) && now < global;
            if (globalBlocked || (_blockedUntil.TryGetValue(key, out var blocked) && now < blocked))
            {
                _early++;
                return TooMany(headers, TimeSpan.FromSeconds(1), globalBlocked);
            }

            if (request.IsMessageCreate && _forced.TryDequeue(out var forced))
            {
                _blockedUntil[forced.Global ? "global" : key] = now + forced.RetryAfter;
                return TooMany(headers, forced.RetryAfter, forced.Global);
            }

            if (countsGlobal)
            {
                if (now - _globalWindowStart >= TimeSpan.FromSeconds(1))
                {
                    _globalWindowStart = now;
                    _globalCount = 0;
                }

                if (++_globalCount > GlobalLimitPerSecond)
                {
                    return TooMany(headers, _globalWindowStart + TimeSpan.FromSeconds(1) - now, global: true);
                }
            }

            if (!request.IsMessageCreate)
            {
                return null;
            }

            (int Count, DateTimeOffset ResetAt) window = _windows.TryGetValue(key, out var w) && now < w.ResetAt ? w : (0, now + MessageBucketWindow);
            if (window.Count >= MessageBucketLimit)
            {
                return TooMany(headers, window.ResetAt - now, global: false);
            }

            _windows[key] = (window.Count + 1, window.ResetAt);
            var resetAfter = window.ResetAt - now;
            headers["X-RateLimit-Bucket"] = "fake-" + bucket;
            headers["X-RateLimit-Limit"] = MessageBucketLimit.ToString(CultureInfo.InvariantCulture);
            headers["X-RateLimit-Remaining"] = (MessageBucketLimit - window.Count - 1).ToString(CultureInfo.InvariantCulture);
            headers["X-RateLimit-Reset"] = (window.ResetAt.ToUnixTimeMilliseconds() / 1000.0).ToString("0.000", CultureInfo.InvariantCulture);
            headers["X-RateLimit-Reset-After"] = Seconds(resetAfter);
            return null;
        }
    }

    private (int, string?) TooMany(IHeaderDictionary headers, TimeSpan retryAfter, bool global)
    {
        _tooMany++;
        headers["Retry-After"] = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Scope"] = global ? "global" : "user";
        if (global)
        {
            headers["X-RateLimit-Global"] = "true";
        }

        var json = $$"""{"message":"You are being rate limited.","retry_after":{{Seconds(retryAfter)}},"global":{{(global ? "true" : "false")}}}""";
        return (429, json);
    }

    /// <summary>Seconds with millisecond precision, rounded up as Discord's are, so a client waiting that long is never early.</summary>
    private static string Seconds(TimeSpan span) =>
        (Math.Ceiling(span.TotalMilliseconds) / 1000.0).ToString("0.000", CultureInfo.InvariantCulture);
}
