using System.Globalization;
using System.Text;
using DealBot.Slack.Http;

namespace DealBot.Slack.Tests.Fakes;

/// <summary>Sends HTTP requests to the bot as Slack would: signed with the signing secret at the test clock's time, or not.</summary>
public sealed class SlackSigner(HttpClient http, string signingSecret, TimeProvider clock)
{
    public const string FormType = "application/x-www-form-urlencoded";
    public const string JsonType = "application/json";

    public Task<HttpResponseMessage> PostAsync(
        string path,
        string body,
        string contentType,
        TimeSpan? age = null,
        string? secret = null,
        bool sign = true,
        IDictionary<string, string>? headers = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        if (sign)
        {
            var timestamp = (clock.GetUtcNow() - (age ?? TimeSpan.Zero)).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            request.Headers.Add(SlackSignature.TimestampHeader, timestamp);
            request.Headers.Add(SlackSignature.SignatureHeader, SlackSignature.Compute(secret ?? signingSecret, timestamp, Encoding.UTF8.GetBytes(body)));
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.Add(name, value);
        }

        return http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostFormAsync(string path, IEnumerable<KeyValuePair<string, string>> form) =>
        PostAsync(path, new FormUrlEncodedContent(form).ReadAsStringAsync().Result, FormType);

    public Task<HttpResponseMessage> PostJsonAsync(string path, string json, IDictionary<string, string>? headers = null) =>
        PostAsync(path, json, JsonType, headers: headers);
}
