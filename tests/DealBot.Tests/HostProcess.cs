using System.Diagnostics;
using System.Text;

namespace DealBot.Tests;

/// <summary>What a run of the built host printed and returned.</summary>
public sealed record HostRun(int ExitCode, string Stdout, string Stderr)
{
    public string[] StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>Runs the built host (<c>dotnet DealBot.dll …</c>) as a separate process, the way a user or CI runs it.</summary>
public static class HostProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>DealBot.dll is copied next to the tests (a project reference), with its runtimeconfig and appsettings.json.</summary>
    public static string DllPath { get; } = Path.Combine(AppContext.BaseDirectory, "DealBot.dll");

    /// <summary>Runs the host with <paramref name="stdin"/> written and closed (null: stdin is left open and empty).</summary>
    public static async Task<HostRun> RunAsync(string? stdin, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = StartInfo(environment, args);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            if (stdin is not null)
            {
                await process.StandardInput.WriteAsync(stdin.AsMemory(), timeout.Token);
                process.StandardInput.Close();
            }

            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"DealBot {string.Join(' ', args)} did not exit within {Timeout.TotalSeconds} s");
        }
        finally
        {
            if (stdin is null && !process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        return new HostRun(process.ExitCode, (await stdout).Replace("\r\n", "\n"), (await stderr).Replace("\r\n", "\n"));
    }

    /// <summary>How the built host is started: <c>dotnet DealBot.dll</c>, redirected, with only the settings a test gives.</summary>
    public static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(DllPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Only what the test sets: no settings leak in from the machine running the tests.
        foreach (var key in start.Environment.Keys.Where(IsDealBotSetting).ToList())
        {
            start.Environment.Remove(key);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return start;
    }

    public static Task<HostRun> RunAsync(params string[] args) => RunAsync(stdin: "", environment: null, args);

    private static bool IsDealBotSetting(string key) =>
        key.StartsWith("DealBot__", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("Discord__", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("Slack__", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("Logging__", StringComparison.OrdinalIgnoreCase);
}
