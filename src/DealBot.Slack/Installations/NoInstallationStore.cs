namespace DealBot.Slack.Installations;

/// <summary>
/// Single-workspace mode without a key-encryption key: the one bot token is <c>Slack:BotToken</c>, so nothing is kept
/// and no Data Protection key ring is written anywhere. Installs cannot happen (OAuth needs the key).
/// </summary>
internal sealed class NoInstallationStore : ISlackInstallationStore
{
    public ValueTask SaveAsync(SlackInstallation installation, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("Slack installations are not kept without Slack:TokenEncryptionKey.");

    public ValueTask<SlackInstallation?> FindAsync(string? enterpriseId, string? teamId, CancellationToken cancellationToken = default) => ValueTask.FromResult<SlackInstallation?>(null);

    public ValueTask<bool> DeleteAsync(string? enterpriseId, string? teamId, CancellationToken cancellationToken = default) => ValueTask.FromResult(false);
}
