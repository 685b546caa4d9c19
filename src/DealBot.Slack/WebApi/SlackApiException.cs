using System.Net;

namespace DealBot.Slack.WebApi;

/// <summary>
/// A Web API call that Slack refused (<c>"ok": false</c>) or that failed at the HTTP level. <see cref="Error"/> is
/// Slack's error code (<c>channel_not_found</c>, <c>invalid_auth</c>, …) or <c>http_{status}</c>, so no caller parses text.
/// </summary>
public sealed class SlackApiException(string method, string error, HttpStatusCode? statusCode = null, TimeSpan? retryAfter = null)
    : Exception($"Slack API {method} failed: {error}.")
{
    public string Method { get; } = method;

    public string Error { get; } = error;

    public HttpStatusCode? StatusCode { get; } = statusCode;

    /// <summary>How long Slack asked us to wait (a 429 still rate-limited after the client's own retries).</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>The token is wrong, revoked or lacks access: retrying cannot help.</summary>
    public bool IsAuthFailure => Error is "invalid_auth" or "not_authed" or "account_inactive" or "token_revoked"
        or "token_expired" or "not_allowed_token_type" or "missing_scope";
}
