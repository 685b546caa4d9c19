using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using Xunit.Abstractions;

namespace DealBot.Deploy.Tests.Service;

/// <summary>
/// The published app as a process, as a container runs it: Slack in HTTP mode against a fake Web API, JSON logs.
/// It must become ready, serve /healthz and /metrics, and on SIGTERM finish the answer it is sending and exit 0
/// within 10 s. With only API keys set it serves MCP and the HTTP API; <c>DealBot mcp</c> speaks MCP on stdio. The
/// chat-only build serves chat itself and execs the full build for MCP, so those run as <c>DealBot-mcp</c>.
/// </summary>
public sealed class ServiceProcessTest(PublishedApp app, ITestOutputHelper output) : IClassFixture<PublishedApp>
{
    private const string SigningSecret = "6b1f0c3e8d2a4f5b9c7e1d3a5f7b9c2e";
    private const string BotToken = "xoxb-4242-never-printed";

    [Fact]
    public async Task Sigterm_WhileAnAnswerIsBeingSent_FinishesItAndExitsCleanlyWithinTenSeconds()
    {
        using var slack = new FakeSlackApi { HoldPosts = true };
        var data = Directory.CreateTempSubdirectory("dealbot-data-").FullName;
        var (started, stderr) = await StartReadyAsync(StartInfo(FakeSlackApi.FreePort(), slack, data), async (http, ready, pid) =>
        {
            Assert.Contains("catalog: Healthy", ready, StringComparison.Ordinal);
            Assert.Contains("platforms: Healthy - Slack HTTP mode", ready, StringComparison.Ordinal);
            Assert.Equal("Healthy\n", await http.GetStringAsync("/healthz"));
            Assert.Equal(app.Executable, Program(pid));

            var ack = await http.SendAsync(SlackRequests.SignedMention(SigningSecret, "Ev0SIGTERM", "how much does anthropic pay xai per year?"));
            Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
            await slack.FirstPost.Task.WaitAsync(TimeSpan.FromSeconds(20));
            var metrics = await http.GetStringAsync("/metrics");
            Assert.Contains("dealbot_deliveries_total{otel_scope_name=\"DealBot.Host\",platform=\"slack\"} 1", metrics, StringComparison.Ordinal);
            Assert.Contains("# TYPE http_server_request_duration_seconds histogram", metrics, StringComparison.Ordinal);
            Assert.Contains("dotnet_process_memory_working_set_bytes", metrics, StringComparison.Ordinal);
            output.WriteLine($"RSS while answering: {Rss(pid)}");
        });
        using var process = started;

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

    [Fact]
    public async Task OAuthInstalls_KeyRingIsSealed_AndOpensAgainAfterARestart()
    {
        using var slack = new FakeSlackApi();
        var data = Directory.CreateTempSubdirectory("dealbot-data-").FullName;
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var oauth = new Dictionary<string, string>
        {
            ["Slack__ClientId"] = "1234.5678", ["Slack__ClientSecret"] = "client-secret-never-printed", ["Slack__TokenEncryptionKey"] = key,
        };

        // The first start writes the key ring (sealed); the second must open it (the decryptor is created from the
        // type name stored in the ring, which the native build has to resolve without reflection).
        var first = await RunUntilReadyAsync(StartInfo(FakeSlackApi.FreePort(), slack, data, oauth));
        var keyFiles = Directory.GetFiles(Path.Combine(data, "slack", "keys"));
        var ring = File.ReadAllText(Assert.Single(keyFiles));
        var second = await RunUntilReadyAsync(StartInfo(FakeSlackApi.FreePort(), slack, data, oauth));

        Assert.Contains("<encryptedKey kek=", ring, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", ring, StringComparison.Ordinal);
        Assert.Equal(keyFiles, Directory.GetFiles(Path.Combine(data, "slack", "keys")));
        foreach (var log in new[] { first, second })
        {
            Assert.DoesNotContain("No XML encryptor configured", log, StringComparison.Ordinal);
            Assert.DoesNotContain("\"LogLevel\":\"Error\"", log, StringComparison.Ordinal);
            Assert.DoesNotContain(key, log, StringComparison.Ordinal);
        }

        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task OAuthInstalls_WithoutAKey_RefuseToStartWithOneLine()
    {
        using var slack = new FakeSlackApi();
        var data = Directory.CreateTempSubdirectory("dealbot-data-").FullName;
        var start = StartInfo(FakeSlackApi.FreePort(), slack, data, new() { ["Slack__ClientId"] = "1234.5678", ["Slack__ClientSecret"] = "client-secret" });
        using var process = Process.Start(start)!;

        var log = await process.StandardError.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, process.ExitCode);
        var line = Assert.Single(log.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("DealBot: configuration error: Slack:TokenEncryptionKey is required for OAuth installs", line, StringComparison.Ordinal);
        Assert.Contains("openssl rand -base64 32", line, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(data));
        Directory.Delete(data);
    }

    [Fact]
    public async Task McpAndHttpApi_OnlyApiKeysSet_ServeToolsOpenApiAndAsk()
    {
        const string key = "native-key-0123456789abcdef";
        var start = new ProcessStartInfo(app.Executable) { RedirectStandardError = true, RedirectStandardOutput = false, UseShellExecute = false };
        start.Environment["Urls"] = $"http://127.0.0.1:{FakeSlackApi.FreePort()}";
        start.Environment["Mcp__ApiKeys__0"] = key;
        start.Environment["Logging__Console__FormatterName"] = "json";
        start.Environment["Logging__LogLevel__Default"] = "Information";
        var (started, stderr) = await StartReadyAsync(start, async (http, ready, pid) =>
        {
            Assert.Contains("MCP and HTTP API: endpoints served", ready, StringComparison.Ordinal);
            Assert.Equal(app.FullBuild, Program(pid));
            var tool = await http.SendAsync(NativeMcpRequests.Post(NativeMcpRequests.CallUnitCost, key));
            var openApi = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json") { Headers = { Authorization = new("Bearer", key) } });
            var ask = await http.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/v1/ask")
            {
                Headers = { Authorization = new("Bearer", key) },
                Content = new StringContent("""{"question": "xai per year"}""", System.Text.Encoding.UTF8, "application/json"),
            });
            var unknownField = await http.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/v1/ask")
            {
                Headers = { Authorization = new("Bearer", key) },
                Content = new StringContent("""{"question": "xai per year", "colour": "red"}""", System.Text.Encoding.UTF8, "application/json"),
            });

            Assert.Contains("\"structuredContent\"", await tool.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Contains("USD/kW-month", await tool.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, openApi.StatusCode);
            Assert.Contains("\"/v1/ask\"", await openApi.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Contains("\"value\": 15000000000", await ask.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.BadRequest, unknownField.StatusCode);
            output.WriteLine($"RSS serving MCP: {Rss(pid)}");
        });
        using var process = started;
        Signal(process.Id, "TERM");
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(10)), "exits within 10 s of SIGTERM");

        var log = await stderr.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.DoesNotContain(key, log, StringComparison.Ordinal);
        Assert.DoesNotContain("\"LogLevel\":\"Error\"", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task McpOverStdio_ListsEveryToolAndCallsOne()
    {
        var start = new ProcessStartInfo(app.Executable, ["mcp"])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false,
        };
        using var process = Process.Start(start)!;

        // Each request is sent once the previous answer is in, as a client would; closing stdin then ends the server.
        async Task<string> SendAsync(string request, bool answered = true)
        {
            await process.StandardInput.WriteLineAsync(request);
            await process.StandardInput.FlushAsync();
            return answered ? await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30)) ?? "" : "";
        }

        var initialized = await SendAsync(NativeMcpRequests.Initialize);
        var program = Program(process.Id);
        await SendAsync(NativeMcpRequests.Initialized, answered: false);
        var tools = await SendAsync(NativeMcpRequests.ListTools);
        var call = await SendAsync(NativeMcpRequests.CallUnitCost);
        process.StandardInput.Close();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Contains("\"name\":\"DealBot\"", initialized, StringComparison.Ordinal);
        foreach (var tool in new[] { "ask", "list_deals", "deal", "deal_cost", "unit_cost", "compare", "what_if", "convert", "compute" })
        {
            Assert.Contains($"\"name\":\"{tool}\"", tools, StringComparison.Ordinal);
        }

        Assert.Contains("\"structuredContent\"", call, StringComparison.Ordinal);
        Assert.Equal(0, process.ExitCode);
        Assert.Equal(app.FullBuild, program);
    }

    [Theory]
    [InlineData("mcp")]
    [InlineData("--Mcp:ApiKeys:0=native-key-0123456789abcdef")]
    public async Task ChatOnlyBuild_WithoutTheFullBuildBesideIt_RefusesMcpWithOneLine(string argument)
    {
        var alone = Directory.CreateTempSubdirectory("dealbot-chat-only-").FullName;
        File.Copy(app.Executable, Path.Combine(alone, "DealBot"));
        File.Copy(Path.Combine(app.Folder, "appsettings.json"), Path.Combine(alone, "appsettings.json"));
        var start = new ProcessStartInfo(Path.Combine(alone, "DealBot"), [argument]) { RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var log = await process.StandardError.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Directory.Delete(alone, recursive: true);

        Assert.Equal(1, process.ExitCode);
        var line = Assert.Single(log.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("DealBot: this build has no MCP or HTTP API; run DealBot-mcp", line, StringComparison.Ordinal);
    }

    /// <summary>
    /// Starts the service and waits until /readyz says ready (its body goes to <paramref name="whileReady"/> with a
    /// client and the process id). On any failure the process is killed and its log written to the test output.
    /// </summary>
    private async Task<(Process Process, Task<string> Log)> StartReadyAsync(ProcessStartInfo start, Func<HttpClient, string, int, Task>? whileReady = null)
    {
        var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        using var http = new HttpClient { BaseAddress = new Uri(start.Environment["Urls"]!), Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            var ready = await SlackRequests.WaitForReadyAsync(http, () => !process.HasExited, TimeSpan.FromSeconds(60));
            await (whileReady?.Invoke(http, ready, process.Id) ?? Task.CompletedTask);
            return (process, stderr);
        }
        catch
        {
            process.Kill();
            output.WriteLine(await stderr);
            process.Dispose();
            throw;
        }
    }

    /// <summary>Starts the service, waits until /readyz says ready, stops it with SIGTERM; its log.</summary>
    private async Task<string> RunUntilReadyAsync(ProcessStartInfo start)
    {
        var (started, stderr) = await StartReadyAsync(start);
        using var process = started;
        Signal(process.Id, "TERM");
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(10)), "exits within 10 s of SIGTERM");
        Assert.Equal(0, process.ExitCode);
        return await stderr.WaitAsync(TimeSpan.FromSeconds(5));
    }

    private ProcessStartInfo StartInfo(int port, FakeSlackApi slack, string data, Dictionary<string, string>? more = null)
    {
        var start = new ProcessStartInfo(app.Executable) { RedirectStandardError = true, RedirectStandardOutput = false, UseShellExecute = false };
        start.Environment["Urls"] = $"http://127.0.0.1:{port}";
        start.Environment["Slack__SigningSecret"] = SigningSecret;
        start.Environment["Slack__BotToken"] = BotToken;
        start.Environment["Slack__ApiBaseUrl"] = slack.BaseUrl;
        start.Environment["Slack__InstallationStorePath"] = Path.Combine(data, "slack", "installations.json");
        start.Environment["Logging__Console__FormatterName"] = "json";
        start.Environment["Logging__LogLevel__Default"] = "Information";
        foreach (var (key, value) in more ?? [])
        {
            start.Environment[key] = value;
        }

        return start;
    }

    private static void Signal(int pid, string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
    }

    /// <summary>The executable a process runs: after the handover, the full build under the same process id.</summary>
    private static string Program(int pid) => File.ResolveLinkTarget($"/proc/{pid}/exe", returnFinalTarget: false)!.FullName;

    private static string Rss(int pid) => string.Join(", ", File.ReadLines($"/proc/{pid}/status")
        .Where(l => l.StartsWith("VmRSS:", StringComparison.Ordinal) || l.StartsWith("VmHWM:", StringComparison.Ordinal))
        .Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries))));
}
