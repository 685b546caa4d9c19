using System.Text.Json.Serialization;

namespace DealBot.Mcp.Api;

/// <summary>
/// The request types, serialized by generated code (native AOT). A field the API does not define is an error, not
/// ignored: a misspelt "conversaton" would otherwise silently lose the follow-up's context.
/// </summary>
[JsonSourceGenerationOptions(UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow, PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(AskRequest))]
public sealed partial class ApiJsonContext : JsonSerializerContext;
