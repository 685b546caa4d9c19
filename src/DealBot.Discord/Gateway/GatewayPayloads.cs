using System.Buffers;
using System.Text.Json;

namespace DealBot.Discord.Gateway;

/// <summary>The payloads DealBot sends: heartbeat, IDENTIFY, RESUME. Written directly; each is far below the 4096-byte limit.</summary>
internal static class GatewayPayloads
{
    private static readonly string Os = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "linux";

    /// <summary><c>{"op":1,"d":seq}</c>, with null before the first dispatch.</summary>
    public static byte[] Heartbeat(long sequence) => Write(w =>
    {
        w.WriteNumber("op", (int)GatewayOpcode.Heartbeat);
        if (sequence < 0)
        {
            w.WriteNull("d");
        }
        else
        {
            w.WriteNumber("d", sequence);
        }
    });

    public static byte[] Identify(string token, GatewayIntents intents, int shardId, int shardCount) => Write(w =>
    {
        w.WriteNumber("op", (int)GatewayOpcode.Identify);
        w.WriteStartObject("d");
        w.WriteString("token", token);
        w.WriteNumber("intents", (int)intents);
        w.WriteStartObject("properties");
        w.WriteString("os", Os);
        w.WriteString("browser", "DealBot");
        w.WriteString("device", "DealBot");
        w.WriteEndObject();
        w.WriteStartArray("shard");
        w.WriteNumberValue(shardId);
        w.WriteNumberValue(shardCount);
        w.WriteEndArray();
        w.WriteNumber("large_threshold", 50);
        w.WriteEndObject();
    });

    public static byte[] Resume(string token, string sessionId, long sequence) => Write(w =>
    {
        w.WriteNumber("op", (int)GatewayOpcode.Resume);
        w.WriteStartObject("d");
        w.WriteString("token", token);
        w.WriteString("session_id", sessionId);
        w.WriteNumber("seq", sequence);
        w.WriteEndObject();
    });

    private static byte[] Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
