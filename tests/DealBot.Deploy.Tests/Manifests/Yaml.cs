using YamlDotNet.RepresentationModel;

namespace DealBot.Deploy.Tests.Manifests;

/// <summary>Reads YAML files as plain node trees and walks them by key, failing with the path that is missing.</summary>
public static class Yaml
{
    public static IReadOnlyList<YamlMappingNode> Documents(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }

        return stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>().ToList();
    }

    public static YamlNode? Find(this YamlNode node, params string[] path)
    {
        var current = node;
        foreach (var key in path)
        {
            if (current is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode(key), out var next))
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    public static YamlMappingNode Map(this YamlNode node, params string[] path) =>
        node.Find(path) as YamlMappingNode ?? throw new InvalidOperationException($"no mapping at {string.Join(".", path)}");

    public static IReadOnlyList<YamlNode> Seq(this YamlNode node, params string[] path) =>
        (node.Find(path) as YamlSequenceNode)?.Children.ToList() ?? throw new InvalidOperationException($"no list at {string.Join(".", path)}");

    public static string? Text(this YamlNode node, params string[] path) => (node.Find(path) as YamlScalarNode)?.Value;

    public static IReadOnlyDictionary<string, string> Strings(this YamlMappingNode map) =>
        map.Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => (c.Value as YamlScalarNode)?.Value ?? "");
}
