using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;

namespace DealBot.Slack.Tests.Fakes;

/// <summary>OAuth installs as an admin's browser makes them, against a bot started with OAuth settings and a key-encryption key.</summary>
public static class OAuthInstalls
{
    /// <summary>A fresh key-encryption key, as <c>openssl rand -base64 32</c> makes one.</summary>
    public static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>OAuth installs on: the fake's client id and secret, a redirect URL, and <paramref name="key"/> to seal the key ring.</summary>
    public static void Configure(Dictionary<string, string?> settings, string key)
    {
        settings["Slack:ClientId"] = FakeSlack.ClientId;
        settings["Slack:ClientSecret"] = FakeSlack.ClientSecret;
        settings["Slack:AuthorizeUrl"] = "https://slack.example/oauth/v2/authorize";
        settings["Slack:OAuthRedirectUrl"] = "https://bot.example/slack/oauth/callback";
        settings["Slack:TokenEncryptionKey"] = key;
    }

    /// <summary>A browser of its own: cookies are kept per client, redirects are not followed (Slack is not reachable).</summary>
    public static HttpClient Browser(SlackTestBed bed) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = bed.Http.BaseAddress };

    public static async Task<string> StartInstallAsync(HttpClient browser)
    {
        var response = await browser.GetAsync("/slack/install");
        return QueryHelpers.ParseQuery(response.Headers.Location!.Query)["state"].ToString();
    }

    /// <summary>/slack/install, then Slack's redirect back with <paramref name="code"/>: the status and page the admin sees.</summary>
    public static async Task<(HttpStatusCode Status, string Page)> InstallAsync(SlackTestBed bed, string code)
    {
        var browser = Browser(bed);
        var state = await StartInstallAsync(browser);
        var response = await browser.GetAsync($"/slack/oauth/callback?code={code}&state={state}");
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
