using Microsoft.AspNetCore.Http;

namespace DealBot.Slack.Http;

/// <summary>Reads the raw body (signatures cover the exact bytes) and stops at a cap, so a big body costs nothing.</summary>
internal static class RequestBody
{
    /// <summary>The body, or null when it is longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        var buffer = new byte[request.ContentLength is { } length ? (int)length : Math.Min(maxBytes, 4096)];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (buffer.Length > maxBytes)
                {
                    return null;
                }

                // One byte past the cap is enough to know the body is too big.
                Array.Resize(ref buffer, Math.Min(maxBytes + 1, Math.Max(buffer.Length * 2, 4096)));
            }

            var read = await request.Body.ReadAsync(buffer.AsMemory(total), cancellationToken);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        if (total > maxBytes)
        {
            return null;
        }

        return total == buffer.Length ? buffer : buffer[..total];
    }
}
