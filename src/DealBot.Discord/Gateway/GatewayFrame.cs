using System.Text.Json;

namespace DealBot.Discord.Gateway;

/// <summary>
/// The envelope of one gateway payload, <c>{op, d, s, t}</c>, read in one pass without building a DOM: <c>d</c> is kept
/// as the raw bytes, deserialised later into the type <c>t</c> calls for. Keys may come in any order.
/// </summary>
internal readonly record struct GatewayFrame(GatewayOpcode Op, long? Sequence, string? Type, ReadOnlyMemory<byte> Data)
{
    public bool DataIsTrue => Data.Span.SequenceEqual("true"u8);

    public static GatewayFrame Parse(ReadOnlyMemory<byte> json)
    {
        var reader = new Utf8JsonReader(json.Span);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A gateway payload must be a JSON object.");
        }

        var op = -1;
        long? sequence = null;
        string? type = null;
        var data = ReadOnlyMemory<byte>.Empty;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("op"u8))
            {
                reader.Read();
                op = reader.GetInt32();
            }
            else if (reader.ValueTextEquals("s"u8))
            {
                reader.Read();
                sequence = reader.TokenType == JsonTokenType.Null ? null : reader.GetInt64();
            }
            else if (reader.ValueTextEquals("t"u8))
            {
                reader.Read();
                type = reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
            }
            else if (reader.ValueTextEquals("d"u8))
            {
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                data = json[start..(int)reader.BytesConsumed];
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return op < 0 ? throw new JsonException("A gateway payload has no op.") : new GatewayFrame((GatewayOpcode)op, sequence, type, data);
    }
}
