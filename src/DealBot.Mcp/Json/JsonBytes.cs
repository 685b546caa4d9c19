using System.Buffers;
using System.Text.Json;
using DealBot.Chat.Rendering;

namespace DealBot.Mcp.Json;

/// <summary>What a writer writes, as UTF-8 bytes, with the answers' writer options (readable "–", "≈").</summary>
public static class JsonBytes
{
    public static ReadOnlyMemory<byte> Of(Action<Utf8JsonWriter> write, bool indented)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var json = new Utf8JsonWriter(buffer, AnswerJson.WriterOptions(indented)))
        {
            write(json);
        }

        return buffer.WrittenMemory;
    }

    public static string Text(Action<Utf8JsonWriter> write) => System.Text.Encoding.UTF8.GetString(Of(write, indented: true).Span);
}
