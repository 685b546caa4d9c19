namespace DealBot.Slack.Installations;

/// <summary>
/// One bot token per installed workspace. The default keeps them in a local file (<see cref="FileInstallationStore"/>);
/// a deployment with several instances registers a shared store instead.
/// </summary>
public interface ISlackInstallationStore
{
    ValueTask SaveAsync(SlackInstallation installation, CancellationToken cancellationToken = default);

    /// <summary>The workspace's own install, else its org's org-wide install, else null.</summary>
    ValueTask<SlackInstallation?> FindAsync(string? enterpriseId, string? teamId, CancellationToken cancellationToken = default);

    /// <summary>Forgets the install that <see cref="FindAsync"/> would return (uninstall, revoked tokens).</summary>
    ValueTask<bool> DeleteAsync(string? enterpriseId, string? teamId, CancellationToken cancellationToken = default);
}
