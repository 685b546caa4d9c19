using System.Text.Json.Serialization;

namespace DealBot.Discord.Json;

/// <summary>Source-generated (de)serialisers for every wire type: no reflection on the hot path, snake_case names.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(JsonGatewayBot))]
[JsonSerializable(typeof(JsonHello))]
[JsonSerializable(typeof(JsonReady))]
[JsonSerializable(typeof(JsonMessage))]
[JsonSerializable(typeof(JsonInteraction))]
[JsonSerializable(typeof(JsonCreateMessage))]
[JsonSerializable(typeof(JsonInteractionResponse))]
[JsonSerializable(typeof(JsonRestError))]
[JsonSerializable(typeof(List<JsonApplicationCommand>))]
internal sealed partial class DiscordJsonContext : JsonSerializerContext;
