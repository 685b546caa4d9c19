using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DealBot.Slack.Http;

/// <summary>
/// Slack's v0 request signature: <c>"v0=" + hex(HMAC-SHA256(signing secret, "v0:{timestamp}:{raw body}"))</c>, accepted
/// only within five minutes of the sender's timestamp so a captured request cannot be replayed later.
/// </summary>
public static class SlackSignature
{
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    public const string SignatureHeader = "X-Slack-Signature";

    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private const string Prefix = "v0=";
    private const int HashBytes = 32;

    /// <summary>The header value Slack would send for this body at this timestamp.</summary>
    public static string Compute(string signingSecret, string timestamp, ReadOnlySpan<byte> body)
    {
        Span<byte> hash = stackalloc byte[HashBytes];
        Hash(signingSecret, timestamp, body, hash);
        return Prefix + Convert.ToHexStringLower(hash);
    }

    public static SignatureCheck Check(string? signingSecret, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(signingSecret) || string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return SignatureCheck.Missing;
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || Math.Abs(now.ToUnixTimeSeconds() - seconds) > MaxAge.TotalSeconds)
        {
            return SignatureCheck.Stale;
        }

        Span<byte> claimed = stackalloc byte[HashBytes];
        if (signature.Length != Prefix.Length + (2 * HashBytes)
            || !signature.StartsWith(Prefix, StringComparison.Ordinal)
            || Convert.FromHexString(signature.AsSpan(Prefix.Length), claimed, out _, out var written) != OperationStatus.Done
            || written != HashBytes)
        {
            return SignatureCheck.Invalid;
        }

        Span<byte> expected = stackalloc byte[HashBytes];
        Hash(signingSecret, timestamp, body, expected);
        return CryptographicOperations.FixedTimeEquals(expected, claimed) ? SignatureCheck.Valid : SignatureCheck.Invalid;
    }

    private static void Hash(string signingSecret, string timestamp, ReadOnlySpan<byte> body, Span<byte> destination)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(signingSecret));
        hmac.AppendData("v0:"u8);
        hmac.AppendData(Encoding.ASCII.GetBytes(timestamp));
        hmac.AppendData(":"u8);
        hmac.AppendData(body);
        hmac.GetHashAndReset(destination);
    }
}
