namespace DealBot.Slack.Installations;

/// <summary>Which installation a request belongs to: (enterprise, workspace), or (enterprise, null) for an org-wide install.</summary>
public readonly record struct InstallationKey(string? EnterpriseId, string? TeamId)
{
    public override string ToString() => $"{EnterpriseId ?? "-"}/{TeamId ?? "*"}";
}
