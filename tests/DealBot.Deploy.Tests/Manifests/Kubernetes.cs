using YamlDotNet.RepresentationModel;

namespace DealBot.Deploy.Tests.Manifests;

/// <summary>Every object in deploy/k8s/*.yaml, with the questions the tests ask of them.</summary>
public static class Kubernetes
{
    public static IReadOnlyList<string> Files { get; } = Directory.GetFiles(Path.Combine(Repository.Deploy, "k8s"), "*.yaml").Order().ToList();

    public static IReadOnlyList<YamlMappingNode> Objects { get; } = Files.SelectMany(Yaml.Documents).ToList();

    public static IEnumerable<YamlMappingNode> OfKind(string kind) => Objects.Where(o => o.Text("kind") == kind);

    public static YamlMappingNode Named(string kind, string name) =>
        OfKind(kind).SingleOrDefault(o => o.Text("metadata", "name") == name) ?? throw new InvalidOperationException($"no {kind} {name}");

    public static IEnumerable<YamlMappingNode> Workloads => Objects.Where(o => o.Text("kind") is "Deployment" or "StatefulSet");

    /// <summary>The workloads that run DealBot itself (not Redis).</summary>
    public static IEnumerable<YamlMappingNode> BotWorkloads => Workloads.Where(w => Containers(w).Any(c => c.Text("name") == "dealbot"));

    public static IReadOnlyList<YamlNode> Containers(YamlMappingNode workload) => workload.Seq("spec", "template", "spec", "containers");

    public static YamlNode Bot(YamlMappingNode workload) => Containers(workload).Single(c => c.Text("name") == "dealbot");

    public static string Name(YamlNode node) => node.Text("metadata", "name") ?? "(unnamed)";

    /// <summary>The names of the environment variables a container gets one by one (not through envFrom).</summary>
    public static IReadOnlyList<string> EnvNames(YamlNode container) =>
        (container.Find("env") as YamlSequenceNode)?.Children.Select(e => e.Text("name")!).ToList() ?? [];

    public static IReadOnlyDictionary<string, string> ConfigMapData(string name) => Named("ConfigMap", name).Map("data").Strings();

    /// <summary>Every variable a bot container sees, from its config maps and its own env entries, as the pod would.</summary>
    public static IReadOnlyDictionary<string, string> Environment(YamlMappingNode workload)
    {
        var container = Bot(workload);
        var environment = new Dictionary<string, string>();
        foreach (var source in (container.Find("envFrom") as YamlSequenceNode)?.Children ?? [])
        {
            if (source.Text("configMapRef", "name") is { } configMap)
            {
                foreach (var (key, value) in ConfigMapData(configMap))
                {
                    environment[key] = value;
                }
            }
        }

        foreach (var entry in (container.Find("env") as YamlSequenceNode)?.Children ?? [])
        {
            environment[entry.Text("name")!] = entry.Text("value") ?? "(from " + (entry.Find("valueFrom") is YamlMappingNode from ? string.Join(",", from.Children.Keys) : "?") + ")";
        }

        return environment;
    }
}
