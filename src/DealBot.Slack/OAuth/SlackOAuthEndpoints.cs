using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DealBot.Slack.Inbound;
using DealBot.Slack.Installations;
using DealBot.Slack.WebApi;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DealBot.Slack.OAuth;

/// <summary>
/// OAuth v2 installs. <c>/slack/install</c> sends the browser to Slack with a fresh state, also set in a cookie;
/// <c>/slack/oauth/callback</c> accepts only that state from that browser, once and before it expires (no install
/// CSRF), then trades the code at oauth.v2.access and stores the workspace's bot token.
/// </summary>
internal sealed partial class SlackOAuthEndpoints(
    IOptions<SlackOptions> options,
    OAuthStateStore states,
    SlackApiClient api,
    ISlackInstallationStore installations,
    TimeProvider clock,
    ILogger<SlackOAuthEndpoints> logger)
{
    public const string StateCookie = "dealbot_slack_oauth_state";
    private const string CookiePath = "/slack/oauth";

    public Task InstallAsync(HttpContext context)
    {
        var o = options.Value;
        if (!o.OAuthEnabled)
        {
            return Page(context, StatusCodes.Status404NotFound, "Installs are not enabled on this server.");
        }

        if (states.TryCreate() is not { } state)
        {
            return Page(context, StatusCodes.Status503ServiceUnavailable, "Too many installs in progress; try again in a few minutes.");
        }

        context.Response.Cookies.Append(StateCookie, state, new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            Path = CookiePath,
            MaxAge = o.OAuthStateLifetime,
        });
        var query = new Dictionary<string, string?> { ["client_id"] = o.ClientId, ["scope"] = o.BotScopes, ["state"] = state };
        if (!string.IsNullOrWhiteSpace(o.OAuthRedirectUrl))
        {
            query["redirect_uri"] = o.OAuthRedirectUrl;
        }

        context.Response.Headers.CacheControl = "no-store";
        context.Response.Redirect(QueryHelpers.AddQueryString(o.AuthorizeUrl, query));
        return Task.CompletedTask;
    }

    public async Task CallbackAsync(HttpContext context)
    {
        var o = options.Value;
        if (!o.OAuthEnabled)
        {
            await Page(context, StatusCodes.Status404NotFound, "Installs are not enabled on this server.");
            return;
        }

        var query = context.Request.Query;
        var state = query["state"].ToString();
        var cookie = context.Request.Cookies[StateCookie];
        context.Response.Cookies.Delete(StateCookie, new CookieOptions { Path = CookiePath });
        if (!SameState(cookie, state) || !states.TryConsume(state))
        {
            LogBadState();
            await Page(context, StatusCodes.Status400BadRequest, "This install link is invalid, used or expired. Start again from /slack/install.");
            return;
        }

        if (!string.IsNullOrEmpty(query["error"]) || string.IsNullOrEmpty(query["code"]))
        {
            await Page(context, StatusCodes.Status400BadRequest, "The installation was cancelled.");
            return;
        }

        var form = new Dictionary<string, string> { ["client_id"] = o.ClientId!, ["client_secret"] = o.ClientSecret!, ["code"] = query["code"].ToString() };
        if (!string.IsNullOrWhiteSpace(o.OAuthRedirectUrl))
        {
            form["redirect_uri"] = o.OAuthRedirectUrl;
        }

        JsonElement access;
        try
        {
            access = await api.CallFormAsync("oauth.v2.access", null, form, context.RequestAborted);
        }
        catch (Exception e) when (e is SlackApiException or HttpRequestException)
        {
            LogExchangeFailed(e is SlackApiException s ? s.Error : "http");
            await Page(context, StatusCodes.Status502BadGateway, "Slack did not complete the installation. Please try again.");
            return;
        }

        if (Installation(access) is not { } installation)
        {
            LogExchangeFailed("no_bot_token");
            await Page(context, StatusCodes.Status502BadGateway, "Slack did not grant a bot token. Please try again.");
            return;
        }

        await installations.SaveAsync(installation, context.RequestAborted);
        await Page(context, StatusCodes.Status200OK, $"DealBot is installed in {installation.TeamName ?? installation.TeamId}. You can close this tab.");
    }

    private SlackInstallation? Installation(JsonElement access)
    {
        if (access.Str("access_token") is not { } token || !token.StartsWith("xoxb-", StringComparison.Ordinal))
        {
            return null;
        }

        var team = access.Obj("team");
        var enterprise = access.Obj("enterprise");
        return new SlackInstallation(
            enterprise.Str("id"),
            team.Str("id"),
            team.Str("name"),
            token,
            access.Str("bot_user_id"),
            access.Str("scope"),
            access.Str("app_id"),
            access.True("is_enterprise_install"),
            clock.GetUtcNow());
    }

    private static bool SameState(string? cookie, string state) =>
        !string.IsNullOrEmpty(cookie) && !string.IsNullOrEmpty(state)
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(cookie), Encoding.UTF8.GetBytes(state));

    private static Task Page(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var text = HtmlEncoder.Default.Encode(message);
        return context.Response.WriteAsync($"<!doctype html><title>DealBot</title><p>{text}</p>\n", context.RequestAborted);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack OAuth callback refused: state missing, unknown, reused, expired or not this browser's")]
    private partial void LogBadState();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack oauth.v2.access failed: {Error}")]
    private partial void LogExchangeFailed(string error);
}
