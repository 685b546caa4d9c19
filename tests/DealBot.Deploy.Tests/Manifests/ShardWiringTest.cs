using System.Diagnostics;
using System.Text.RegularExpressions;
using DealBot.Discord;
using static DealBot.Deploy.Tests.Manifests.Kubernetes;

namespace DealBot.Deploy.Tests.Manifests;

/// <summary>
/// Runs the Discord StatefulSet's real start-up script with /bin/sh, as each pod would (Kubernetes' own $(VAR)
/// expansion first), with a stand-in <c>DealBot</c> (first on PATH, as /app is in the image) that reports the shard range the bot would get.
/// </summary>
public sealed partial class ShardWiringTest : IDisposable
{
    private readonly string _bin = Directory.CreateTempSubdirectory("dealbot-shards-").FullName;

    public ShardWiringTest()
    {
        var fake = Path.Combine(_bin, "DealBot");
        File.WriteAllText(fake, "#!/bin/sh\necho \"ShardIds=$Discord__ShardIds ShardCount=$Discord__ShardCount args=$*\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static YamlDotNet.RepresentationModel.YamlMappingNode StatefulSet => Named("StatefulSet", "dealbot-discord");

    private static int ShardCount => int.Parse(ConfigMapData("dealbot-discord-config")["Discord__ShardCount"]);

    [Fact]
    public void Replicas_TimesShardsPerPod_IsTheShardCount()
    {
        var replicas = int.Parse(StatefulSet.Text("spec", "replicas")!);
        var perPod = int.Parse(ConfigMapData("dealbot-discord-config")["DISCORD_SHARDS_PER_POD"]);

        Assert.Equal(ShardCount, replicas * perPod);
    }

    [Fact]
    public void EveryPod_RunsItsOwnShards_AndTogetherTheyRunEachShardOnce()
    {
        var replicas = int.Parse(StatefulSet.Text("spec", "replicas")!);
        var ranges = new List<ShardRange>();

        for (var ordinal = 0; ordinal < replicas; ordinal++)
        {
            var (exit, output) = RunPod($"dealbot-discord-{ordinal}");

            Assert.True(exit == 0, $"pod {ordinal}: exit {exit}: {output}");
            var match = Reported().Match(output);
            Assert.True(match.Success, output);
            Assert.True(ShardRange.TryParse(match.Groups["ids"].Value, out var range), $"'{match.Groups["ids"].Value}' is not a ShardRange");
            Assert.Equal(ShardCount.ToString(), match.Groups["count"].Value);
            Assert.Equal("", match.Groups["args"].Value);
            ranges.Add(range);
        }

        Assert.Equal(Enumerable.Range(0, ShardCount), ranges.SelectMany(r => r.Ids).Order());
    }

    [Fact]
    public void PodBeyondTheShardCount_ExitsWithAClearMessage()
    {
        var replicas = int.Parse(StatefulSet.Text("spec", "replicas")!);

        var (exit, output) = RunPod($"dealbot-discord-{replicas}");

        Assert.NotEqual(0, exit);
        Assert.Contains($"but Discord__ShardCount is {ShardCount}; set replicas to {replicas}", output, StringComparison.Ordinal);
    }

    [Fact]
    public void PodNameWithoutAnOrdinal_ExitsWithAClearMessage()
    {
        var (exit, output) = RunPod("dealbot-discord");

        Assert.NotEqual(0, exit);
        Assert.Contains("cannot read a StatefulSet ordinal from pod name 'dealbot-discord'", output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_bin, recursive: true);

    /// <summary>The container's command and args, with the pod's environment (POD_NAME from the downward API).</summary>
    private (int Exit, string Output) RunPod(string podName)
    {
        var container = Bot(StatefulSet);
        var environment = Environment(StatefulSet).ToDictionary(e => e.Key, e => e.Value);
        environment["POD_NAME"] = podName;
        var command = container.Seq("command").Concat(container.Seq("args"))
            .Select(n => ExpandLikeKubernetes(((YamlDotNet.RepresentationModel.YamlScalarNode)n).Value!, environment))
            .ToList();
        Assert.Equal(["/bin/sh", "-c"], command.Take(2));

        var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        command.Skip(1).ToList().ForEach(start.ArgumentList.Add);
        start.Environment.Clear();
        start.Environment["PATH"] = $"{_bin}:/usr/bin:/bin";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(10_000), "the start-up script did not finish");
        return (process.ExitCode, output.Result + error.Result);
    }

    /// <summary>Kubernetes expands $(NAME) in command and args when NAME is defined, and turns $$ into $.</summary>
    private static string ExpandLikeKubernetes(string text, IReadOnlyDictionary<string, string> environment) =>
        KubernetesReference().Replace(text, m => m.Value == "$$" ? "$" : environment.TryGetValue(m.Groups["name"].Value, out var value) ? value : m.Value);

    [GeneratedRegex(@"\$\$|\$\((?<name>[A-Za-z_][A-Za-z0-9_]*)\)")]
    private static partial Regex KubernetesReference();

    [GeneratedRegex(@"ShardIds=(?<ids>\S*) ShardCount=(?<count>\S*) args=(?<args>.*)")]
    private static partial Regex Reported();
}
