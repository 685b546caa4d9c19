using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace DealBot.Tests;

/// <summary>
/// The host as a service: with a platform configured it serves that platform's HTTP endpoint over the shared core,
/// never reads stdin, and stops cleanly on SIGTERM.
/// </summary>
public sealed class ServiceHostTests
{
    private const string SigningSecret = "8f742231b10e8888abcd99yyyzzz85a5";

    [Fact]
    public async Task SlackHttpMode_AnswersUrlVerification_ThenStopsOnSigterm()
    {
        var port = FreePort();
        using var process = Process.Start(HostProcess.StartInfo(
            new Dictionary<string, string>
            {
                ["Slack__SigningSecret"] = SigningSecret,
                ["Slack__BotToken"] = "xoxb-0000-test",
                // Nothing may leave the machine: the Web API points at a closed local port.
                ["Slack__ApiBaseUrl"] = "http://127.0.0.1:9/api/",
                ["Slack__InstallationStorePath"] = Path.Combine(Path.GetTempPath(), $"dealbot-{Guid.NewGuid():N}", "installations.json"),
                ["Urls"] = $"http://127.0.0.1:{port}",
            }))!;
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitUntilListening(http, process);

            var response = await http.SendAsync(Signed("""{"token":"t","challenge":"ch4llenge","type":"url_verification"}"""));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("ch4llenge", await response.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.PostAsync("/slack/events", new StringContent("{}"))).StatusCode);
        }
        finally
        {
            Process.Start("kill", ["-TERM", process.Id.ToString()])!.WaitForExit();
        }

        var stopped = process.WaitForExit(TimeSpan.FromSeconds(10));
        Assert.True(stopped, "exits within 10 s of SIGTERM");
        Assert.Equal(0, process.ExitCode);
        Assert.DoesNotContain(SigningSecret, await stderr);
    }

    private static HttpRequestMessage Signed(string body)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString();
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SigningSecret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}")));
        var request = new HttpRequestMessage(HttpMethod.Post, "/slack/events") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", "v0=" + signature);
        return request;
    }

    private static async Task WaitUntilListening(HttpClient http, Process process)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                await http.GetAsync("/");
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException($"the service did not start listening (exited: {process.HasExited})");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
