using System.Buffers;

namespace DealBot.Mcp.Api;

/// <summary>Reads a request body up to a number of bytes, so an endless body costs no more than the limit.</summary>
public static class RequestBody
{
    public static async Task<ReadOnlyMemory<byte>> ReadAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(Math.Min(maxBytes, 4096));
        while (buffer.WrittenCount < maxBytes)
        {
            var memory = buffer.GetMemory(1);
            var read = await body.ReadAsync(memory[..Math.Min(memory.Length, maxBytes - buffer.WrittenCount)], cancellationToken);
            if (read == 0)
            {
                break;
            }

            buffer.Advance(read);
        }

        return buffer.WrittenMemory;
    }
}
