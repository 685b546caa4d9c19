using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DealBot.Load.Redis;

/// <summary>
/// A private redis-server on a free loopback port, started once for the test collection and stopped after it: no
/// persistence, its own data folder. When redis-server is not installed every test fails saying so; nothing is skipped.
/// An outage test starts one of its own and kills it (<see cref="Kill"/>), starts it again on the same port
/// (<see cref="Restart"/>) or stalls it (<see cref="StallAsync"/>, <c>DEBUG SLEEP</c>). One copy for the Redis tests and
/// the load tools' outage runs.
/// </summary>
public sealed class RedisServer : IDisposable
{
    public const string Missing =
        "redis-server is not installed: the Redis tests need a real server. Install it with `apt-get install -y redis-server` "
        + "(./test.sh does this on a fresh machine).";

    private readonly bool _persistent;
    private Process _process;
    private readonly string _directory = Directory.CreateTempSubdirectory("dealbot-redis-").FullName;

    public RedisServer()
        : this(persistent: false)
    {
    }

    private RedisServer(bool persistent)
    {
        _persistent = persistent;
        var executable = FindOnPath("redis-server") ?? throw new InvalidOperationException(Missing);
        string? lastFailure = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            Port = FreePort();
            var process = Start(executable, Port);
            if (WaitUntilReady(process, Port, TimeSpan.FromSeconds(15), out lastFailure))
            {
                _process = process;
                return;
            }

            Stop(process);
        }

        throw new InvalidOperationException($"redis-server did not start: {lastFailure}");
    }

    public int Port { get; }

    /// <summary>
    /// A server whose every write is on disk before it is acknowledged (append-only file, fsync always), so a killed
    /// server starts again with its data, as one with a volume does.
    /// </summary>
    public static RedisServer StartPersistent() => new(persistent: true);

    public string Configuration => $"127.0.0.1:{Port}";

    /// <summary>
    /// The settings every replica of the real host sharing this server gets: the server and a key prefix, the outage's
    /// two log lines, no per-user limit in the way of a run from few askers.
    /// </summary>
    public Dictionary<string, string> ReplicaSettings(string prefix) => new()
    {
        ["Redis:Configuration"] = Configuration,
        ["Redis:KeyPrefix"] = prefix,
        ["DealBot:RateLimitPerMinute"] = "10000",
        ["DealBot:RateLimitBurst"] = "1000",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:DealBot.Redis"] = "Information",
    };

    /// <summary>Ends the server at once, as a crash or an OOM kill would: connections drop, nothing answers.</summary>
    public void Kill() => Stop(_process);

    /// <summary>Starts the server again on the same port (empty: nothing is persisted) and waits until it answers.</summary>
    public void Restart()
    {
        var process = Start(FindOnPath("redis-server")!, Port);
        if (!WaitUntilReady(process, Port, TimeSpan.FromSeconds(15), out var failure))
        {
            Stop(process);
            throw new InvalidOperationException($"redis-server did not start again: {failure}");
        }

        _process = process;
    }

    /// <summary>
    /// Makes the server answer nothing for <paramref name="duration"/> (<c>DEBUG SLEEP</c>: connections stay open, every
    /// command waits); completes when it answers again.
    /// </summary>
    public async Task StallAsync(TimeSpan duration)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, Port);
        var stream = client.GetStream();
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(
            $"DEBUG SLEEP {duration.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}\r\n"));
        var buffer = new byte[64];
        var read = await stream.ReadAsync(buffer);
        if (read < 3 || buffer[0] != (byte)'+')
        {
            throw new InvalidOperationException($"DEBUG SLEEP refused: {System.Text.Encoding.ASCII.GetString(buffer, 0, read)}");
        }
    }

    public void Dispose()
    {
        Stop(_process);
        Directory.Delete(_directory, recursive: true);
    }

    private Process Start(string executable, int port)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
                 {
                     "--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", _persistent ? "yes" : "no", "--appendfsync", "always",
                     "--dir", _directory, "--daemonize", "no", "--loglevel", "warning", "--enable-debug-command", "local",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    private static bool WaitUntilReady(Process process, int port, TimeSpan timeout, out string? failure)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                failure = $"exited with {process.ExitCode}: {process.StandardOutput.ReadToEnd()} {process.StandardError.ReadToEnd()}".Trim();
                return false;
            }

            if (Pings(process, port))
            {
                failure = null;
                return true;
            }

            Thread.Sleep(50);
        }

        failure = $"no PONG within {timeout.TotalSeconds:0} s";
        return false;
    }

    private static bool Pings(Process process, int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            var stream = client.GetStream();
            stream.Write("PING\r\n"u8);
            var buffer = new byte[7];
            var read = stream.Read(buffer);
            return read >= 5 && buffer.AsSpan(0, 5).SequenceEqual("+PONG"u8) && !process.HasExited;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static void Stop(Process? process)
    {
        if (process is null)
        {
            return;
        }

        try
        {
            if (!process.HasExited)
            {
                process.Kill();
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Disposed by an earlier Kill.
            return;
        }

        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? FindOnPath(string name) => (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Append("/usr/bin").Append("/usr/sbin")
        .Select(folder => Path.Combine(folder, name))
        .FirstOrDefault(File.Exists);
}
