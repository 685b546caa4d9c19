using System.Security.Cryptography;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.DataProtection;

namespace DealBot.Slack.Installations;

/// <summary>
/// An installation as every store keeps it at rest: the bot token only as Data Protection ciphertext. One shape for
/// the file store and the Redis store, so both read what either wrote the same way.
/// </summary>
public sealed record ProtectedInstallation(
    string? EnterpriseId,
    string? TeamId,
    string? TeamName,
    string ProtectedBotToken,
    string? BotUserId,
    string? BotScopes,
    string? AppId,
    bool IsEnterpriseInstall,
    DateTimeOffset InstalledAt)
{
    /// <summary>The same key as <see cref="SlackInstallation.Key"/>, readable without the token (not stored).</summary>
    [JsonIgnore]
    public InstallationKey Key => new(EnterpriseId, IsEnterpriseInstall ? null : TeamId);

    public static ProtectedInstallation Protect(SlackInstallation i, IDataProtector protector) =>
        new(i.EnterpriseId, i.TeamId, i.TeamName, protector.Protect(i.BotToken), i.BotUserId, i.BotScopes, i.AppId, i.IsEnterpriseInstall, i.InstalledAt);

    /// <summary>The installation with its token, or null when the key ring that encrypted it is gone.</summary>
    public SlackInstallation? TryUnprotect(IDataProtector protector)
    {
        try
        {
            return new SlackInstallation(
                EnterpriseId, TeamId, TeamName, protector.Unprotect(ProtectedBotToken), BotUserId, BotScopes, AppId, IsEnterpriseInstall, InstalledAt);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
