using System.Security.Cryptography;

namespace DealBot.Slack.Installations;

/// <summary>
/// One operator-supplied key-encryption key: 32 random bytes that seal Data Protection keys with AES-256-GCM before
/// they are stored. It is known by an <see cref="Id"/> derived from it (HMAC-SHA256 of a fixed label under the key, the
/// first 8 bytes), which says which key a stored entry needs and reveals nothing about the key itself. Neither the
/// key nor anything made from it other than the id is ever logged, printed or put in an exception.
/// </summary>
internal sealed class KeyEncryptionKey
{
    /// <summary>How an operator makes a key.</summary>
    public const string MakeOne = "openssl rand -base64 32";

    private const int KeyBytes = 32;
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    private readonly byte[] _key;

    private KeyEncryptionKey(byte[] key, string setting)
    {
        _key = key;
        Setting = setting;
        Id = Convert.ToHexStringLower(HMACSHA256.HashData(key, "DealBot.Slack key-encryption key id"u8).AsSpan(0, 8));
    }

    /// <summary>16 hex digits that name the key in the stored ring and in log lines.</summary>
    public string Id { get; }

    /// <summary>Where the key was configured (<c>Slack:TokenEncryptionKey</c> or a previous key), for messages.</summary>
    public string Setting { get; }

    public static bool IsWellFormed(string? base64) => Decode(base64) is not null;

    /// <summary>The key in <paramref name="base64"/>, or null when it is not 32 bytes in base64.</summary>
    public static KeyEncryptionKey? Parse(string? base64, string setting) => Decode(base64) is { } key ? new KeyEncryptionKey(key, setting) : null;

    /// <summary>nonce | tag | ciphertext of <paramref name="plaintext"/>, authenticated together with <paramref name="associatedData"/>.</summary>
    public byte[] Seal(ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        var sealedBytes = new byte[NonceBytes + TagBytes + plaintext.Length];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagBytes);
        aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(NonceBytes + TagBytes), sealedBytes.AsSpan(NonceBytes, TagBytes), associatedData);
        return sealedBytes;
    }

    /// <summary>The plaintext of what <see cref="Seal"/> made; throws <see cref="CryptographicException"/> when it was altered or is not this key's.</summary>
    public byte[] Open(ReadOnlySpan<byte> sealedBytes, ReadOnlySpan<byte> associatedData)
    {
        if (sealedBytes.Length < NonceBytes + TagBytes)
        {
            throw new CryptographicException("The sealed value is too short.");
        }

        var plaintext = new byte[sealedBytes.Length - NonceBytes - TagBytes];
        using var aes = new AesGcm(_key, TagBytes);
        aes.Decrypt(sealedBytes[..NonceBytes], sealedBytes[(NonceBytes + TagBytes)..], sealedBytes.Slice(NonceBytes, TagBytes), plaintext, associatedData);
        return plaintext;
    }

    public override string ToString() => $"key-encryption key {Id} ({Setting})";

    private static byte[]? Decode(string? base64)
    {
        var key = new byte[KeyBytes];
        return base64 is not null && Convert.TryFromBase64String(base64.Trim(), key, out var written) && written == KeyBytes ? key : null;
    }
}
