using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace DealBot.Redis.Tests.Fixtures;

/// <summary>
/// A private redis-server on a free loopback port, started once for the test collection and stopped after it: no
/// persistence, its own data folder. When redis-server is not installed every test fails saying so; nothing is skipped.
/// </summary>
public sealed class RedisServer : IDisposable
{
    public const string Missing =
        "redis-server is not installed: the Redis tests need a real server. Install it with `apt-get install -y redis-server` "
        + "(./test.sh does this on a fresh machine).";

    private readonly Process _process;
    private readonly string _directory = Directory.CreateTempSubdirectory("dealbot-redis-").FullName;

    public RedisServer()
    {
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

    public string Configuration => $"127.0.0.1:{Port}";

    /// <summary>A new, independent client, opened as the bot opens it: one per simulated bot instance.</summary>
    public IConnectionMultiplexer Connect() => RedisConnection.Connect(new RedisOptions { Configuration = Configuration });

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
                     "--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                     "--dir", _directory, "--daemonize", "no", "--loglevel", "warning",
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

        if (!process.HasExited)
        {
            process.Kill();
            process.WaitForExit(10_000);
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
