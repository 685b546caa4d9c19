using System.Diagnostics;

namespace DealBot.Deploy.Tests.Container;

/// <summary>
/// Runs podman as it works on these machines: the runc runtime and no default ulimits, chosen with CONTAINERS_CONF
/// (a containers.conf written for the test run). Every call has a time limit and returns what podman printed.
/// </summary>
public sealed class Podman : IDisposable
{
    public static readonly string[] Tools = ["podman", "runc", "debootstrap"];

    private readonly string _folder = Directory.CreateTempSubdirectory("dealbot-podman-").FullName;

    public Podman()
    {
        var missing = Tools.Where(tool => Find(tool) is null).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"{string.Join(", ", missing)} not installed: the container test builds and runs deploy/Dockerfile with podman. "
                + "Install with `apt-get install -y podman runc debootstrap` (./test.sh does this on a fresh machine).");
        }

        ContainersConf = Path.Combine(_folder, "containers.conf");
        File.WriteAllText(ContainersConf, "[containers]\ndefault_ulimits = []\n\n[engine]\nruntime = \"runc\"\n");
        var info = Run(["info", "--format", "{{.Host.OCIRuntime.Name}}"], TimeSpan.FromMinutes(1));
        if (info.Exit != 0 || info.Output.Trim() != "runc")
        {
            throw new InvalidOperationException($"podman cannot run here (podman info exited {info.Exit}): {info.Output} {info.Error}".Trim());
        }
    }

    public string ContainersConf { get; }

    public (int Exit, string Output, string Error) Run(IEnumerable<string> arguments, TimeSpan timeout) => Execute("podman", arguments, timeout);

    /// <summary>Any program with this podman configuration in its environment (the stand-in image script).</summary>
    public (int Exit, string Output, string Error) Execute(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["CONTAINERS_CONF"] = ContainersConf;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', start.ArgumentList)} took longer than {timeout}");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string? Find(string tool) => (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(':', StringSplitOptions.RemoveEmptyEntries)
        .Concat(["/usr/sbin", "/sbin", "/usr/bin"])
        .Select(folder => Path.Combine(folder, tool))
        .FirstOrDefault(File.Exists);
}
