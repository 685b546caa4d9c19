using System.Buffers.Text;

namespace DealBot.Discord;

/// <summary>
/// The shape of a bot token: three dot-separated base64url parts, the first being the bot's user id. Checked at
/// start-up so that a pasted "Bot …" header or a truncated token fails once with a clear message instead of
/// failing every identify (each of which counts against the 1000-a-day budget).
/// </summary>
internal static class BotToken
{
    public static bool HasBotPrefix(string token) => token.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase);

    public static bool IsWellFormed(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || parts.Any(p => p.Length == 0 || !p.All(IsBase64UrlChar)))
        {
            return false;
        }

        var idBytes = new byte[Base64Url.GetMaxDecodedLength(parts[0].Length)];
        if (Base64Url.DecodeFromChars(parts[0], idBytes, out _, out var written) != System.Buffers.OperationStatus.Done)
        {
            return false;
        }

        return written is > 0 and <= 20 && idBytes.AsSpan(0, written).IndexOfAnyExceptInRange((byte)'0', (byte)'9') < 0;
    }

    private static bool IsBase64UrlChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';
}
