using System.Text.Json;
using System.Text.Json.Serialization;
using DealBot.Slack.Installations;

namespace DealBot.Slack.Redis;

/// <summary>Source-generated, so the store works under Native AOT; Web defaults, unindented, as the values always were.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ProtectedInstallation))]
internal sealed partial class SlackRedisJson : JsonSerializerContext;
