using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;

namespace DealBot.Slack.Installations;

/// <summary>
/// Opens what <see cref="KeyRingEncryptor"/> sealed, with the configured key-encryption key whose id the entry names
/// (the current one or a previous one). A key that is not configured, or an entry that was altered, is one clear
/// error line (<see cref="KeyRingProblems"/>) and a <see cref="CryptographicException"/>: Data Protection then leaves
/// that key out of the ring and the service keeps running; only the workspaces whose tokens that key protects go
/// unanswered until the right key is configured. Data Protection creates decryptors by the type name stored in the ring (<see cref="KeyRingActivator"/>).
/// </summary>
internal sealed class KeyRingDecryptor : IXmlDecryptor
{
    private readonly KeyEncryptionKeys _keys;
    private readonly KeyRingProblems _problems;

    /// <summary>Data Protection's own way to create a decryptor, from the application's services.</summary>
    public KeyRingDecryptor(IServiceProvider services)
        : this(services.GetRequiredService<KeyEncryptionKeys>(), services.GetRequiredService<KeyRingProblems>())
    {
    }

    internal KeyRingDecryptor(KeyEncryptionKeys keys, KeyRingProblems problems)
    {
        _keys = keys;
        _problems = problems;
    }

    public XElement Decrypt(XElement encryptedElement)
    {
        var keyId = (string?)encryptedElement.Attribute(KeyRingEncryptor.KeyIdAttribute);
        var value = (string?)encryptedElement.Element(KeyRingEncryptor.ValueElement);
        if (encryptedElement.Name != KeyRingEncryptor.ElementName || keyId is null || value is null)
        {
            _problems.Malformed();
            throw new CryptographicException("A Data Protection key in the Slack token store is not in the form DealBot seals keys in.");
        }

        if (_keys.Find(keyId) is not { } key)
        {
            _problems.UnknownKey(keyId, _keys.Current.Id);
            throw new CryptographicException(
                $"A Data Protection key in the Slack token store was sealed with key-encryption key {keyId}, which is configured neither as "
                + "Slack:TokenEncryptionKey nor in Slack:PreviousTokenEncryptionKeys: add the key it was sealed with to "
                + "Slack:PreviousTokenEncryptionKeys, or the workspaces whose tokens it protects have to reinstall the app.");
        }

        byte[] plaintext;
        try
        {
            plaintext = key.Open(Convert.FromBase64String(value), KeyRingEncryptor.AssociatedData(keyId));
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            _problems.Altered(keyId, key.Setting);
            throw new CryptographicException(
                $"A Data Protection key in the Slack token store, sealed with key-encryption key {keyId} ({key.Setting}), does not open: it was altered.");
        }

        try
        {
            return XElement.Parse(Encoding.UTF8.GetString(plaintext));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }
}
