using System.Text.Json;
using System.Text.Json.Serialization;
using DealBot.Slack.Installations;

namespace DealBot.Slack;

/// <summary>
/// Source-generated (de)serialisers, so Slack works trimmed and under Native AOT. Web defaults as the reflection
/// options had them; indented because the one typed document written here is the installation file people read.
/// Wire messages are <see cref="System.Text.Json.Nodes.JsonNode"/>s that write themselves, never through this.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(List<ProtectedInstallation>))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class SlackJson : JsonSerializerContext;
