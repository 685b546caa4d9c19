using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DealBot.Slack.Installations;

/// <summary>
/// Opens what <see cref="KeyRingEncryptor"/> sealed, with the configured key-encryption key whose id the entry names
/// (the current one or a previous one). A key that is not configured, or an entry that was altered, is one clear
/// error line and a <see cref="CryptographicException"/>: Data Protection then leaves that key out of the ring and
/// the service keeps running; only the workspaces whose tokens that key protects go unanswered until the right key is
/// configured. Data Protection creates decryptors by the type name stored in the ring (<see cref="KeyRingActivator"/>).
/// </summary>
internal sealed partial class KeyRingDecryptor : IXmlDecryptor
{
    private readonly KeyEncryptionKeys _keys;
    private readonly ILogger _logger;

    /// <summary>Data Protection's own way to create a decryptor, from the application's services.</summary>
    public KeyRingDecryptor(IServiceProvider services)
        : this(services.GetRequiredService<KeyEncryptionKeys>(), services.GetRequiredService<ILogger<KeyRingDecryptor>>())
    {
    }

    internal KeyRingDecryptor(KeyEncryptionKeys keys, ILogger logger)
    {
        _keys = keys;
        _logger = logger;
    }

    public XElement Decrypt(XElement encryptedElement)
    {
        var keyId = (string?)encryptedElement.Attribute(KeyRingEncryptor.KeyIdAttribute);
        var value = (string?)encryptedElement.Element(KeyRingEncryptor.ValueElement);
        if (encryptedElement.Name != KeyRingEncryptor.ElementName || keyId is null || value is null)
        {
            LogMalformed();
            throw new CryptographicException("A Data Protection key in the Slack token store is not in the form DealBot seals keys in.");
        }

        if (_keys.Find(keyId) is not { } key)
        {
            LogUnknownKey(keyId, _keys.Current.Id);
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
            LogAltered(keyId, key.Setting);
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

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Slack token store: a Data Protection key was sealed with key-encryption key {KeyId}, which is not configured (Slack:TokenEncryptionKey is key {CurrentKeyId}); "
            + "add the key it was sealed with to Slack:PreviousTokenEncryptionKeys, or the workspaces whose tokens it protects have to reinstall the app")]
    private partial void LogUnknownKey(string keyId, string currentKeyId);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Slack token store: a Data Protection key sealed with key-encryption key {KeyId} ({Setting}) does not open: it was altered; the workspaces whose tokens it protects have to reinstall the app")]
    private partial void LogAltered(string keyId, string setting);

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack token store: a Data Protection key is not in the form DealBot seals keys in; it is left out of the key ring")]
    private partial void LogMalformed();
}
