using System.Security.Cryptography;
using System.Text;

namespace DealBot.Mcp.Security;

/// <summary>
/// The accepted bearer tokens, held as SHA-256 hashes and compared in constant time, so neither the comparison's
/// timing nor a memory dump gives a key away. A caller is known by a short fingerprint of its key, never the key.
/// </summary>
public sealed class ApiKeys
{
    private readonly byte[][] _hashes;

    public ApiKeys(IEnumerable<string> keys) =>
        _hashes = keys.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => Hash(k.Trim())).ToArray();

    /// <summary>No keys are configured: the endpoints are open (allowed on loopback only, see <see cref="McpOptionsValidator"/>).</summary>
    public bool None => _hashes.Length == 0;

    /// <summary>The fingerprint of the key <paramref name="token"/> is, or null when it is none of them.</summary>
    public string? Match(string token)
    {
        var hash = Hash(token);
        var matched = (byte[]?)null;
        foreach (var candidate in _hashes)
        {
            // Every key is compared, matched or not: how many were tried must not show in the time taken.
            if (CryptographicOperations.FixedTimeEquals(candidate, hash))
            {
                matched = candidate;
            }
        }

        return matched is null ? null : "key-" + Convert.ToHexStringLower(matched.AsSpan(0, 4));
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
