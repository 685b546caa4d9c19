using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace DealBot.Slack.Installations;

/// <summary>
/// Seals the secret parts of each new Data Protection key (its <c>&lt;masterKey&gt;</c>) with the operator's current
/// key-encryption key before the key ring is stored, as
/// <c>&lt;encryptedKey kek="{id}"&gt;&lt;value&gt;base64(nonce | tag | ciphertext)&lt;/value&gt;&lt;/encryptedKey&gt;</c>
/// (AES-256-GCM). <see cref="KeyRingDecryptor"/> opens it with whichever configured key has that id.
/// </summary>
internal sealed class KeyRingEncryptor(KeyEncryptionKeys keys) : IXmlEncryptor
{
    internal static readonly XName ElementName = "encryptedKey";
    internal static readonly XName KeyIdAttribute = "kek";
    internal static readonly XName ValueElement = "value";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var key = keys.Current;
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        try
        {
            var sealedBytes = key.Seal(plaintext, AssociatedData(key.Id));
            var element = new XElement(ElementName,
                new XAttribute(KeyIdAttribute, key.Id),
                new XAttribute("algorithm", "AES-256-GCM"),
                new XComment(" Sealed with Slack:TokenEncryptionKey; it opens only with that key. "),
                new XElement(ValueElement, Convert.ToBase64String(sealedBytes)));
            return new EncryptedXmlInfo(element, typeof(KeyRingDecryptor));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    /// <summary>What the seal also authenticates: the format and the key's id, so neither can be swapped unnoticed.</summary>
    internal static byte[] AssociatedData(string keyId) => Encoding.UTF8.GetBytes($"DealBot.Slack key ring v1 {keyId}");
}
