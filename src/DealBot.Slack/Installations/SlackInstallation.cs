namespace DealBot.Slack.Installations;

/// <summary>
/// The app installed in one workspace (or, with <see cref="IsEnterpriseInstall"/>, a whole Enterprise Grid org):
/// the bot token to act there and the bot's own user id. <see cref="ToString"/> leaves the token out, so logging an
/// installation can never leak it.
/// </summary>
public sealed record SlackInstallation(
    string? EnterpriseId,
    string? TeamId,
    string? TeamName,
    string BotToken,
    string? BotUserId,
    string? BotScopes,
    string? AppId,
    bool IsEnterpriseInstall,
    DateTimeOffset InstalledAt)
{
    /// <summary>Org-wide installs are keyed by the enterprise alone; everything else by workspace.</summary>
    public InstallationKey Key => new(EnterpriseId, IsEnterpriseInstall ? null : TeamId);

    public override string ToString() =>
        $"SlackInstallation {{ EnterpriseId = {EnterpriseId}, TeamId = {TeamId}, BotUserId = {BotUserId}, AppId = {AppId} }}";
}
