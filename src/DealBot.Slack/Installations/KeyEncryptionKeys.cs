namespace DealBot.Slack.Installations;

/// <summary>
/// The configured key-encryption keys: <see cref="Current"/> (<c>Slack:TokenEncryptionKey</c>) seals every Data
/// Protection key written from now on; it and the previous keys (<c>Slack:PreviousTokenEncryptionKeys</c>) open
/// what they sealed, so a ring written before a rotation still opens.
/// </summary>
internal sealed class KeyEncryptionKeys
{
    private readonly Dictionary<string, KeyEncryptionKey> _byId;

    private KeyEncryptionKeys(KeyEncryptionKey current, IEnumerable<KeyEncryptionKey> previous)
    {
        Current = current;
        _byId = new Dictionary<string, KeyEncryptionKey>(StringComparer.Ordinal) { [current.Id] = current };
        foreach (var key in previous)
        {
            _byId.TryAdd(key.Id, key);
        }
    }

    public KeyEncryptionKey Current { get; }

    /// <summary>The keys of validated options; the validator has already refused a missing or malformed one.</summary>
    public static KeyEncryptionKeys From(SlackOptions options)
    {
        var current = KeyEncryptionKey.Parse(options.TokenEncryptionKey, "Slack:TokenEncryptionKey")
            ?? throw new InvalidOperationException("Slack:TokenEncryptionKey is not set or malformed: installations cannot be kept.");
        var previous = options.PreviousTokenEncryptionKeys
            .Select((value, i) => KeyEncryptionKey.Parse(value, $"Slack:PreviousTokenEncryptionKeys:{i}"))
            .OfType<KeyEncryptionKey>();
        return new KeyEncryptionKeys(current, previous);
    }

    /// <summary>The configured key with this id, or null.</summary>
    public KeyEncryptionKey? Find(string id) => _byId.GetValueOrDefault(id);
}
