using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace DealBot.Slack.Installations;

/// <summary>
/// The error lines for a stored key ring that does not open, each said once per process and key-encryption key:
/// Data Protection asks again on every retry and refresh, and the operator needs one clear line, not a flood.
/// </summary>
internal sealed partial class KeyRingProblems(ILogger<KeyRingDecryptor> logger)
{
    private readonly ConcurrentDictionary<string, byte> _said = new(StringComparer.Ordinal);

    public void UnknownKey(string keyId, string currentKeyId)
    {
        if (_said.TryAdd("unknown " + keyId, 0))
        {
            LogUnknownKey(keyId, currentKeyId);
        }
    }

    public void Altered(string keyId, string setting)
    {
        if (_said.TryAdd("altered " + keyId, 0))
        {
            LogAltered(keyId, setting);
        }
    }

    public void Malformed()
    {
        if (_said.TryAdd("malformed", 0))
        {
            LogMalformed();
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
