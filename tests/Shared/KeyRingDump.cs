using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace DealBot.Tests.Shared;

/// <summary>
/// Shared by the Slack and Redis tests (linked into both). What a copy of the Slack token store shows to whoever
/// reads it, checked with this file's own AES-GCM code and the sealed format the README documents
/// (<c>&lt;encryptedKey kek="{id}"&gt;&lt;value&gt;base64(nonce | tag | ciphertext)&lt;/value&gt;</c>, authenticated with
/// "DealBot.Slack key ring v1 {id}"), not with DealBot's.
/// </summary>
public static partial class KeyRingDump
{
    /// <summary>
    /// The dump holds no Data Protection key in plain text and none of <paramref name="secrets"/>; it holds sealed
    /// keys, each of which opens with <paramref name="key"/> (base64) to a <c>&lt;masterKey&gt;</c>, and with no other key.
    /// </summary>
    public static void AssertSealedWith(string dump, string key, params string[] secrets)
    {
        Assert.DoesNotContain("<masterKey", dump, StringComparison.Ordinal);
        Assert.DoesNotContain("requiresEncryption", dump, StringComparison.Ordinal);
        foreach (var secret in secrets.Append(key))
        {
            Assert.DoesNotContain(secret, dump, StringComparison.Ordinal);
        }

        var seals = Seals(dump);
        Assert.NotEmpty(seals);
        foreach (var (keyId, value) in seals)
        {
            Assert.Contains("<masterKey", Open(key, keyId, value), StringComparison.Ordinal);
            Assert.ThrowsAny<CryptographicException>(() => Open(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), keyId, value));
        }
    }

    /// <summary>Every sealed Data Protection key in the dump: the id of the key-encryption key it names, and its sealed value.</summary>
    public static IReadOnlyList<(string KeyId, string Value)> Seals(string dump) =>
        SealPattern().Matches(dump).Select(m => (m.Groups["kek"].Value, m.Groups["value"].Value)).ToList();

    /// <summary>Opens one sealed value with a base64 key; throws <see cref="CryptographicException"/> for any other key.</summary>
    public static string Open(string key, string keyId, string value)
    {
        var sealedBytes = Convert.FromBase64String(value);
        var plaintext = new byte[sealedBytes.Length - 28];
        using var aes = new AesGcm(Convert.FromBase64String(key), 16);
        aes.Decrypt(sealedBytes.AsSpan(0, 12), sealedBytes.AsSpan(28), sealedBytes.AsSpan(12, 16), plaintext, Encoding.UTF8.GetBytes($"DealBot.Slack key ring v1 {keyId}"));
        return Encoding.UTF8.GetString(plaintext);
    }

    /// <summary>Every log line holds none of the secrets, and Data Protection never warned that a key went out unsealed.</summary>
    public static void AssertLogsClean(IEnumerable<string> lines, params string[] secrets)
    {
        var all = lines.ToList();
        Assert.NotEmpty(all);
        Assert.DoesNotContain(all, l => l.Contains("No XML encryptor configured", StringComparison.Ordinal));
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(all, l => l.Contains(secret, StringComparison.Ordinal));
        }
    }

    [GeneratedRegex("""<encryptedKey kek="(?<kek>[0-9a-f]+)"[^>]*>.*?<value>(?<value>[^<]+)</value>""", RegexOptions.Singleline)]
    private static partial Regex SealPattern();
}
