using System.Buffers;
using System.Globalization;
using System.Text;
using NSec.Cryptography;

namespace DealBot.Discord.Interactions;

/// <summary>
/// Checks an HTTP interaction: <c>X-Signature-Ed25519</c> must be the application's Ed25519 signature over
/// <c>X-Signature-Timestamp</c> + the raw body, and the timestamp at most <see cref="MaxAge"/> from now either way
/// (a captured request cannot be replayed later). Any failure is just "false"; the endpoint answers 401.
/// </summary>
internal sealed class InteractionSignatureVerifier(DiscordOptions options, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly PublicKey? _key = Import(options.PublicKey);

    public bool IsConfigured => _key is not null;

    public bool Verify(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (_key is null || signatureHex is not { Length: 128 } || timestamp is not { Length: > 0 and <= 20 })
        {
            return false;
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            || (clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > MaxAge)
        {
            return false;
        }

        Span<byte> signature = stackalloc byte[64];
        if (Convert.FromHexString(signatureHex, signature, out _, out var written) != OperationStatus.Done || written != 64)
        {
            return false;
        }

        var message = new byte[timestamp.Length + body.Length];
        Encoding.ASCII.GetBytes(timestamp, message);
        body.CopyTo(message.AsSpan(timestamp.Length));
        return SignatureAlgorithm.Ed25519.Verify(_key, message, signature);
    }

    private static PublicKey? Import(string? hex)
    {
        if (hex is not { Length: 64 })
        {
            return null;
        }

        try
        {
            return PublicKey.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(hex), KeyBlobFormat.RawPublicKey);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            return null;
        }
    }
}
