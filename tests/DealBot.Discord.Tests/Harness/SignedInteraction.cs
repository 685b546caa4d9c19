using System.Globalization;
using System.Text;
using NSec.Cryptography;

namespace DealBot.Discord.Tests.Harness;

/// <summary>An interaction POSTed to the bot's HTTP endpoint, signed as Discord signs it (Ed25519 over timestamp + raw body).</summary>
public static class SignedInteraction
{
    /// <param name="endpoint">The bot's interactions endpoint.</param>
    /// <param name="body">The interaction JSON.</param>
    /// <param name="key">The application's private key (the bot is configured with its public half).</param>
    /// <param name="at">The signature's timestamp.</param>
    /// <param name="tamper">Changes the body after signing, as a forged request would.</param>
    public static HttpRequestMessage Request(Uri endpoint, string body, Key key, DateTimeOffset at, bool tamper = false)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = SignatureAlgorithm.Ed25519.Sign(key, Encoding.UTF8.GetBytes(timestamp + body));
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(tamper ? body.Replace("\"type\":1", "\"type\":2", StringComparison.Ordinal) : body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Signature-Ed25519", Convert.ToHexString(signature).ToLowerInvariant());
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        return request;
    }

    /// <summary>The public half of <paramref name="key"/> as <c>Discord:PublicKey</c> takes it (64 hex digits).</summary>
    public static string PublicKey(Key key) => Convert.ToHexString(key.PublicKey.Export(KeyBlobFormat.RawPublicKey));
}
