using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace DealBot.Deploy.Tests.Service;

/// <summary>Events API deliveries signed as Slack signs them (v0 HMAC-SHA256 over the timestamp and body).</summary>
public static class SlackRequests
{
    public static HttpRequestMessage SignedMention(string signingSecret, string eventId, string question)
    {
        var body = JsonSerializer.Serialize(new
        {
            token = "unused",
            team_id = "T1",
            api_app_id = "A1",
            type = "event_callback",
            event_id = eventId,
            event_time = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            @event = new { type = "app_mention", user = "U1", text = $"<@{FakeSlackApi.BotUserId}> {question}", channel = "C1", ts = "1700000000.000100" },
        });
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}")));
        var request = new HttpRequestMessage(HttpMethod.Post, "/slack/events") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", "v0=" + signature);
        return request;
    }

    /// <summary>Every line is one JSON log entry with a level and a category.</summary>
    public static void AssertJsonLines(string log)
    {
        var lines = log.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            using var entry = JsonDocument.Parse(line);
            Assert.True(entry.RootElement.TryGetProperty("LogLevel", out _) && entry.RootElement.TryGetProperty("Category", out _), line);
        }
    }

    /// <summary>Polls /readyz until it answers 200; returns its body.</summary>
    public static async Task<string> WaitForReadyAsync(HttpClient http, Func<bool> stillRunning, TimeSpan timeout)
    {
        var deadline = System.Diagnostics.Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            Assert.True(stillRunning(), "the service exited before it was ready");
            try
            {
                var response = await http.GetAsync("/readyz");
                if (response.IsSuccessStatusCode)
                {
                    return await response.Content.ReadAsStringAsync();
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"/readyz did not answer 200 within {timeout.TotalSeconds:0} s");
    }
}
