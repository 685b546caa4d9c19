using System.Diagnostics;
using System.Net;
using Xunit.Abstractions;

namespace DealBot.Deploy.Tests.Service;

/// <summary>
/// The published app as a process, as a container runs it: Slack in HTTP mode against a fake Web API, JSON logs.
/// It must become ready, serve /healthz and /metrics, and on SIGTERM finish the answer it is sending and exit 0
/// within 10 s.
/// </summary>
public sealed class ServiceProcessTest(PublishedApp app, ITestOutputHelper output) : IClassFixture<PublishedApp>
{
    private const string SigningSecret = "6b1f0c3e8d2a4f5b9c7e1d3a5f7b9c2e";
    private const string BotToken = "xoxb-4242-never-printed";

    [Fact]
    public async Task Sigterm_WhileAnAnswerIsBeingSent_FinishesItAndExitsCleanlyWithinTenSeconds()
    {
        using var slack = new FakeSlackApi { HoldPosts = true };
        var port = FakeSlackApi.FreePort();
        var data = Directory.CreateTempSubdirectory("dealbot-data-").FullName;
        using var process = Process.Start(StartInfo(port, slack, data))!;
        var stderr = process.StandardError.ReadToEndAsync();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            var ready = await SlackRequests.WaitForReadyAsync(http, () => !process.HasExited, TimeSpan.FromSeconds(60));
            Assert.Contains("catalog: Healthy", ready, StringComparison.Ordinal);
            Assert.Contains("platforms: Healthy - Slack HTTP mode", ready, StringComparison.Ordinal);
            Assert.Equal("Healthy\n", await http.GetStringAsync("/healthz"));

            var ack = await http.SendAsync(SlackRequests.SignedMention(SigningSecret, "Ev0SIGTERM", "how much does anthropic pay xai per year?"));
            Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
            await slack.FirstPost.Task.WaitAsync(TimeSpan.FromSeconds(20));
            var metrics = await http.GetStringAsync("/metrics");
            Assert.Contains("dealbot_deliveries_total{otel_scope_name=\"DealBot.Host\",platform=\"slack\"} 1", metrics, StringComparison.Ordinal);
            Assert.Contains("# TYPE http_server_request_duration_seconds histogram", metrics, StringComparison.Ordinal);
            Assert.Contains("dotnet_process_memory_working_set_bytes", metrics, StringComparison.Ordinal);
            output.WriteLine($"RSS while answering: {Rss(process.Id)}");
        }
        catch
        {
            process.Kill();
            output.WriteLine(await stderr);
            throw;
        }

        var stopwatch = Stopwatch.StartNew();
        Signal(process.Id, "TERM");
        await Task.Delay(TimeSpan.FromSeconds(1));
        slack.Release();
        var exited = process.WaitForExit(TimeSpan.FromSeconds(10) - stopwatch.Elapsed);

        var log = await stderr.WaitAsync(TimeSpan.FromSeconds(5));
        output.WriteLine($"stopped after {stopwatch.Elapsed.TotalSeconds:0.0} s");
        Assert.True(exited, $"still running 10 s after SIGTERM; log: {log}");
        Assert.Equal(0, process.ExitCode);
        var answer = Assert.Single(slack.Posted);
        Assert.Contains("$15B", answer, StringComparison.Ordinal);
        SlackRequests.AssertJsonLines(log);
        Assert.DoesNotContain(SigningSecret, log, StringComparison.Ordinal);
        Assert.DoesNotContain(BotToken, log, StringComparison.Ordinal);
        Directory.Delete(data, recursive: true);
    }

    private ProcessStartInfo StartInfo(int port, FakeSlackApi slack, string data)
    {
        var start = new ProcessStartInfo(app.Executable) { RedirectStandardError = true, RedirectStandardOutput = false, UseShellExecute = false };
        start.Environment["Urls"] = $"http://127.0.0.1:{port}";
        start.Environment["Slack__SigningSecret"] = SigningSecret;
        start.Environment["Slack__BotToken"] = BotToken;
        start.Environment["Slack__ApiBaseUrl"] = slack.BaseUrl;
        start.Environment["Slack__InstallationStorePath"] = Path.Combine(data, "slack", "installations.json");
        start.Environment["Logging__Console__FormatterName"] = "json";
        start.Environment["Logging__LogLevel__Default"] = "Information";
        return start;
    }

    private static void Signal(int pid, string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
    }

    private static string Rss(int pid) => string.Join(", ", File.ReadLines($"/proc/{pid}/status")
        .Where(l => l.StartsWith("VmRSS:", StringComparison.Ordinal) || l.StartsWith("VmHWM:", StringComparison.Ordinal))
        .Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries))));
}
