using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace DealBot.Slack.Load;

/// <summary>The bot as a child process of this tool (the same executable in "serve" mode); killed on dispose.</summary>
internal sealed class BotProcess : IDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource<string> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private BotProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.StartsWith("LISTENING ", StringComparison.Ordinal) == true)
            {
                _listening.TrySetResult(e.Data["LISTENING ".Length..]);
            }
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine("bot: " + e.Data);
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public static BotProcess Start(string apiBaseUrl, string signingSecret, int ratePerMinute)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }

        foreach (var arg in new[]
                 {
                     "serve", "--api", apiBaseUrl, "--secret", signingSecret, "--bot-token", "xoxb-load-bot", "--app-token", "xapp-load-app",
                     "--rate", ratePerMinute.ToString(CultureInfo.InvariantCulture),
                 })
        {
            start.ArgumentList.Add(arg);
        }

        return new BotProcess(Process.Start(start)!);
    }

    public Task<string> ListeningAsync() => _listening.Task.WaitAsync(TimeSpan.FromSeconds(60));

    public double RssMegabytes() => StatusKilobytes("VmRSS:") / 1024.0;

    public double PeakRssMegabytes() => StatusKilobytes("VmHWM:") / 1024.0;

    /// <summary>The pages only this process has (anonymous and double-mapped code); RSS also counts shared framework files.</summary>
    public double PrivateMegabytes() => (StatusKilobytes("RssAnon:") + StatusKilobytes("RssShmem:")) / 1024.0;

    public string Memory() => string.Create(CultureInfo.InvariantCulture, $"RSS {RssMegabytes():0.0} MB (private {PrivateMegabytes():0.0} MB = anon {StatusKilobytes("RssAnon:") / 1024.0:0.0} + shmem {StatusKilobytes("RssShmem:") / 1024.0:0.0}; {StatusKilobytes("Threads:")} threads)");

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private long StatusKilobytes(string field)
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
