using System.Globalization;
using System.Net.Http.Headers;

namespace DealBot.Discord.Rest;

/// <summary>The X-RateLimit-* headers of one response (https://discord.com/developers/docs/topics/rate-limits).</summary>
internal readonly record struct RateLimitHeaders(string? Bucket, int? Limit, int? Remaining, TimeSpan? ResetAfter, bool Global, string? Scope, TimeSpan? RetryAfterHeader)
{
    public static RateLimitHeaders Read(HttpResponseHeaders headers) => new(
        Text(headers, "X-RateLimit-Bucket"),
        Int(headers, "X-RateLimit-Limit"),
        Int(headers, "X-RateLimit-Remaining"),
        Seconds(headers, "X-RateLimit-Reset-After"),
        string.Equals(Text(headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase),
        Text(headers, "X-RateLimit-Scope"),
        Seconds(headers, "Retry-After"));

    private static string? Text(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static int? Int(HttpResponseHeaders headers, string name) =>
        int.TryParse(Text(headers, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static TimeSpan? Seconds(HttpResponseHeaders headers, string name) =>
        double.TryParse(Text(headers, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? TimeSpan.FromSeconds(value)
            : null;
}
