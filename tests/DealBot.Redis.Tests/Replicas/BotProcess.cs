using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DealBot.Redis.Tests.Replicas;

/// <summary>
/// One replica: the built DealBot host (<c>dotnet DealBot.dll</c>, copied next to the tests by the project reference)
/// as a separate process, configured only by <c>--Section:Key=value</c> arguments as an operator configures it, with its
/// log lines (stderr) kept. Killed on dispose, or by <see cref="Kill"/> as a crashed pod is.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;

    private BotProcess(Process process, Uri url)
    {
        _process = process;
        Url = url;
        Http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(10) };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Log.Enqueue(e.Data);
            }
        };
        _process.BeginErrorReadLine();
    }

    public Uri Url { get; }

    public HttpClient Http { get; }

    /// <summary>Every line the replica logged so far.</summary>
    public ConcurrentQueue<string> Log { get; } = new();

    public bool HasExited => _process.HasExited;

    public static async Task<BotProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var url = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DealBot.dll"));
        foreach (var key in start.Environment.Keys.Where(k => k.Contains("__", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["Urls"] = url.ToString();
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        var bot = new BotProcess(Process.Start(start)!, url);
        _ = bot._process.StandardOutput.ReadToEndAsync();
        await Fixtures.Eventually.UntilAsync(async () =>
        {
            Assert.False(bot.HasExited, $"the replica exited before it was ready: {string.Join('\n', bot.Log)}");
            try
            {
                return (await bot.Http.GetAsync("/readyz")).IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, "the replica to be ready", TimeSpan.FromSeconds(60));
        return bot;
    }

    /// <summary>Lines logged that contain <paramref name="text"/>.</summary>
    public int Lines(string text) => Log.Count(l => l.Contains(text, StringComparison.Ordinal));

    public async Task<string> GetAsync(string path) => await Http.GetStringAsync(path);

    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(10_000);
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        Http.Dispose();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
