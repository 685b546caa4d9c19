using System.Diagnostics;
using System.Net;
using DealBot.Deploy.Tests.Service;
using Xunit.Abstractions;

namespace DealBot.Deploy.Tests.Container;

/// <summary>
/// The image built from deploy/Dockerfile, run as an operator would: read-only root file system, its own non-root
/// user, settings in environment variables and a mounted secret file, Slack in HTTP mode against a fake Web API on
/// the loopback address (the container shares the host's network, so nothing leaves the machine).
/// </summary>
public sealed class ContainerTest(DealBotImage image, ITestOutputHelper output) : IClassFixture<DealBotImage>
{
    private const string SigningSecret = "0c4a2b9d8e7f6a5b4c3d2e1f0a9b8c7d";
    private const string BotToken = "xoxb-1717-container-secret";

    [Fact]
    public void Image_RunsAsNumericNonRootUser_WithAHealthcheckOnHealthz()
    {
        var inspect = image.Podman.Run(["image", "inspect", "--format", "{{.Config.User}}\n{{json .Config.Healthcheck.Test}}\n{{json .Config.Entrypoint}}", image.Tag], TimeSpan.FromMinutes(1));

        var parts = inspect.Output.Trim().Split('\n');
        Assert.Equal("1654:1654", parts[0]);
        Assert.Contains("/healthz", parts[1], StringComparison.Ordinal);
        Assert.Equal("""["/app/DealBot"]""", parts[2]);
        output.WriteLine($"stand-in base images: {image.BaseImagesTime.TotalSeconds:0} s; podman build: {image.BuildTime.TotalSeconds:0} s");
    }

    [Fact]
    public async Task Container_ReadOnlyNonRoot_ServesHealthReadyMetrics_AnswersAndStopsCleanly()
    {
        using var slack = new FakeSlackApi();
        var port = FakeSlackApi.FreePort();
        var secrets = Directory.CreateTempSubdirectory("dealbot-secrets-").FullName;
        var secretFile = Path.Combine(secrets, "Slack__SigningSecret");
        File.WriteAllText(secretFile, SigningSecret);
        var name = $"dealbot-test-{Guid.NewGuid():N}";
        var run = image.Podman.Run(
            [
                "run", "--detach", "--name", name, "--read-only", "--network", "host",
                "--env", $"Urls=http://127.0.0.1:{port}",
                "--env", $"Slack__SigningSecret={SigningSecret}",
                "--env", $"Slack__BotToken={BotToken}",
                "--env", $"Slack__ApiBaseUrl={slack.BaseUrl}",
                "--env", "DealBot__ConversationMinutes=30",
                "--volume", $"{secretFile}:/run/secrets/Slack__SigningSecret:ro",
                image.Tag,
            ],
            TimeSpan.FromMinutes(2));
        Assert.True(run.Exit == 0, $"podman run failed: {run.Error}");
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
            var ready = await SlackRequests.WaitForReadyAsync(http, () => Running(name), TimeSpan.FromSeconds(90));
            Assert.Contains("platforms: Healthy - Slack HTTP mode", ready, StringComparison.Ordinal);
            Assert.Equal("Healthy\n", await http.GetStringAsync("/healthz"));

            var health = image.Podman.Run(["healthcheck", "run", name], TimeSpan.FromMinutes(1));
            Assert.True(health.Exit == 0, $"HEALTHCHECK failed ({health.Exit}): {health.Output} {health.Error}");

            Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(SlackRequests.SignedMention(SigningSecret, "Ev0CONTAINER", "xai per year"))).StatusCode);
            var answer = await slack.FirstPost.Task.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Contains("$15B", answer, StringComparison.Ordinal);
            Assert.Contains("dealbot_deliveries_total", await http.GetStringAsync("/metrics"), StringComparison.Ordinal);

            var inside = Exec(name, "id -u; test -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf && echo fonts; "
                + "touch /app/probe 2>/dev/null || echo root-read-only; touch /tmp/probe && echo tmp-writable; "
                + "touch /data/probe && echo data-writable; cat /run/secrets/Slack__SigningSecret; echo; "
                // A chart answer drawn inside the image: the fonts are there and the PNG is written.
                + "DealBot ask 'xai total' --chart /tmp/chart.png >/dev/null 2>&1 "
                + "&& [ \"$(head -c 4 /tmp/chart.png | tail -c 3)\" = PNG ] && echo chart-png; "
                // MCP over stdio: the chat-only DealBot hands over to DealBot-mcp beside it. The server stops at the end
                // of its input, so stdin stays open until the answer is written (at most 30 s).
                + $"{{ echo '{NativeMcpRequests.Initialize}'; i=0; while [ ! -s /tmp/mcp.out ] && [ $i -lt 300 ]; do sleep 0.1; i=$((i+1)); done; }} "
                + "| DealBot mcp >/tmp/mcp.out 2>/dev/null; grep -q '\"name\":\"DealBot\"' /tmp/mcp.out && echo mcp-stdio");
            Assert.Equal(["1654", "fonts", "root-read-only", "tmp-writable", "data-writable", SigningSecret, "chart-png", "mcp-stdio"], inside);
        }
        catch
        {
            output.WriteLine(image.Podman.Run(["logs", name], TimeSpan.FromMinutes(1)).Error);
            image.Podman.Run(["rm", "--force", name], TimeSpan.FromMinutes(1));
            throw;
        }

        var stopwatch = Stopwatch.StartNew();
        var stop = image.Podman.Run(["stop", "--time", "15", name], TimeSpan.FromMinutes(1));
        var stopped = stopwatch.Elapsed;
        var state = image.Podman.Run(["inspect", "--format", "{{.State.ExitCode}}", name], TimeSpan.FromMinutes(1)).Output.Trim();
        var logs = image.Podman.Run(["logs", name], TimeSpan.FromMinutes(1));
        image.Podman.Run(["rm", "--force", name], TimeSpan.FromMinutes(1));
        Directory.Delete(secrets, recursive: true);

        output.WriteLine($"podman stop took {stopped.TotalSeconds:0.0} s");
        Assert.True(stop.Exit == 0, stop.Error);
        Assert.True(stopped < TimeSpan.FromSeconds(10), $"podman stop took {stopped.TotalSeconds:0.0} s");
        Assert.Equal("0", state);
        SlackRequests.AssertJsonLines(logs.Output + logs.Error);
        Assert.DoesNotContain(BotToken, logs.Output + logs.Error, StringComparison.Ordinal);
    }

    private bool Running(string name) =>
        image.Podman.Run(["inspect", "--format", "{{.State.Running}}", name], TimeSpan.FromMinutes(1)).Output.Trim() == "true";

    private IReadOnlyList<string> Exec(string name, string script) =>
        image.Podman.Run(["exec", name, "/bin/sh", "-c", script], TimeSpan.FromMinutes(1)).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
