using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text.RegularExpressions;

namespace DealBot.Load;

/// <summary>
/// The real bot under load: the DealBot host (src/DealBot, built in this tool's configuration) in a child process,
/// configured only through <c>--Section:Key=value</c> arguments as an operator would and with the container's runtime
/// settings, so the numbers measured are the shipped program's. Killed on dispose.
/// </summary>
internal sealed partial class BotHost : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _log = new();
    private bool _disposed;

    private BotHost(Process process, string url)
    {
        _process = process;
        Url = url;
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                _log.Enqueue(e.Data);
                Console.Error.WriteLine("bot: " + e.Data);
            }
        };
        _process.BeginErrorReadLine();
    }

    /// <summary>Where the host's HTTP endpoints listen (Slack events, Discord interactions, /healthz).</summary>
    public string Url { get; }

    public int Id => _process.Id;

    /// <summary>Lines the bot logged so far that contain <paramref name="text"/>.</summary>
    public int Lines(string text) => _log.Count(l => l.Contains(text, StringComparison.Ordinal));

    /// <summary>Starts the host with <paramref name="settings"/> on a free loopback port and waits for /healthz.</summary>
    public static async Task<BotHost> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var host = HostProgram();
        var start = new ProcessStartInfo(host.EndsWith(".dll", StringComparison.Ordinal) ? "dotnet" : host) { RedirectStandardError = true, UseShellExecute = false };
        if (host.EndsWith(".dll", StringComparison.Ordinal))
        {
            start.ArgumentList.Add(host);
        }

        start.Environment["Urls"] = url;
        start.ArgumentList.Add("--Logging:LogLevel:Default=Warning");
        foreach (var (key, value) in ContainerRuntimeSettings())
        {
            start.Environment.TryAdd(key, value);
        }

        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        var bot = new BotHost(Process.Start(start)!, url);
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (bot._process.HasExited)
            {
                throw new InvalidOperationException($"the bot exited with code {bot._process.ExitCode} before serving /healthz");
            }

            try
            {
                using var response = await http.GetAsync("/healthz");
                if (response.IsSuccessStatusCode)
                {
                    return bot;
                }
            }
            catch (HttpRequestException) when (deadline.Elapsed < TimeSpan.FromSeconds(60))
            {
                // Not listening yet.
            }

            await Task.Delay(20);
        }
    }

    public double RssMegabytes() => StatusKilobytes("VmRSS:") / 1024.0;

    public double PeakRssMegabytes() => StatusKilobytes("VmHWM:") / 1024.0;

    /// <summary>RSS split into what only this process has (anonymous and double-mapped JIT pages) and mapped files.</summary>
    public string Memory() => string.Create(CultureInfo.InvariantCulture,
        $"RSS {RssMegabytes():0.0} MB (anon {StatusKilobytes("RssAnon:") / 1024.0:0.0} + files {StatusKilobytes("RssFile:") / 1024.0:0.0}"
        + $" + shmem {StatusKilobytes("RssShmem:") / 1024.0:0.0}; {StatusKilobytes("Threads:")} threads)");

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    /// <summary>
    /// The program to run: <c>DEALBOT_LOAD_HOST</c> names a published build (DealBot.dll, or the native executable of
    /// an AOT publish); by default DealBot.dll as the project reference built it, in this tool's configuration.
    /// </summary>
    private static string HostProgram()
    {
        var path = Environment.GetEnvironmentVariable("DEALBOT_LOAD_HOST") is { Length: > 0 } chosen
            ? Path.GetFullPath(chosen)
            : Metadata("DealBotHost");
        return File.Exists(path) ? path : throw new FileNotFoundException($"the DealBot host is not built at {path}; build the tool's project first");
    }

    /// <summary>
    /// The runtime settings (<c>DOTNET_*</c>) the container image sets in deploy/Dockerfile's runtime stage, so the bot
    /// runs as it does in production; a variable already set in this tool's environment wins.
    /// </summary>
    private static IEnumerable<(string Key, string Value)> ContainerRuntimeSettings()
    {
        var dockerfile = File.ReadAllText(Path.Combine(Metadata("DealBotRepository"), "deploy", "Dockerfile"));
        var runtimeStage = dockerfile[dockerfile.IndexOf("FROM ${RUNTIME_IMAGE}", StringComparison.Ordinal)..];
        return DotnetSetting().Matches(runtimeStage).Select(m => (m.Groups["key"].Value, m.Groups["value"].Value));
    }

    private static string Metadata(string key) =>
        Assembly.GetExecutingAssembly().GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    [GeneratedRegex(@"(?<key>DOTNET_\w+)=(?<value>[^\s\\]+)")]
    private static partial Regex DotnetSetting();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private long StatusKilobytes(string field)
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
