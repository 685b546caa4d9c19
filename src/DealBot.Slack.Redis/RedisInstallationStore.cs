using System.Text.Json;
using DealBot.Redis;
using DealBot.Slack.Installations;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace DealBot.Slack.Redis;

/// <summary>
/// Slack installations in Redis, so every replica can act in every workspace. One key per installation
/// (<c>{prefix}slack:installation:{enterprise}:{team}</c>); the bot token is stored only as Data Protection ciphertext,
/// with the key ring itself kept in Redis (<see cref="SlackRedisServiceCollectionExtensions"/>) so every replica can
/// decrypt what another saved. Redis failures are not hidden: a workspace whose install cannot be read is not answered.
/// </summary>
public sealed partial class RedisInstallationStore(
    IConnectionMultiplexer redis, RedisKeys keys, IDataProtectionProvider dataProtection, ILogger<RedisInstallationStore> logger)
    : ISlackInstallationStore
{
    public const string Purpose = "DealBot.Slack.Installations.v1";

    private readonly IDataProtector _protector = dataProtection.CreateProtector(Purpose);

    public async ValueTask SaveAsync(SlackInstallation installation, CancellationToken cancellationToken = default)
    {
        var i = installation;
        var stored = ProtectedInstallation.Protect(i, _protector);
        var json = JsonSerializer.Serialize(stored, SlackRedisJson.Default.ProtectedInstallation);
        await redis.GetDatabase().StringSetAsync(Key(installation.Key), json).WaitAsync(cancellationToken);
        LogSaved(i.EnterpriseId, i.TeamId);
    }

    public async ValueTask<SlackInstallation?> FindAsync(string? enterpriseId, string? teamId, CancellationToken cancellationToken = default) =>
        await MatchAsync(enterpriseId, teamId, cancellationToken) is { } found ? Unprotect(found.Stored) : null;

    public async ValueTask<bool> DeleteAsync(string? enterpriseId, string? teamId, CancellationToken cancellationToken = default)
    {
        if (await MatchAsync(enterpriseId, teamId, cancellationToken) is not { } found)
        {
            return false;
        }

        var deleted = await redis.GetDatabase().KeyDeleteAsync(found.Key).WaitAsync(cancellationToken);
        LogDeleted(enterpriseId, teamId);
        return deleted;
    }

    /// <summary>The workspace's own install, else its org's org-wide install (as the file store matches).</summary>
    private async Task<(RedisKey Key, ProtectedInstallation Stored)?> MatchAsync(string? enterpriseId, string? teamId, CancellationToken cancellationToken)
    {
        var database = redis.GetDatabase();
        var candidates = new List<InstallationKey>(2);
        if (teamId is not null)
        {
            candidates.Add(new InstallationKey(enterpriseId, teamId));
        }

        if (enterpriseId is not null)
        {
            candidates.Add(new InstallationKey(enterpriseId, null));
        }

        foreach (var candidate in candidates)
        {
            var key = Key(candidate);
            if (await database.StringGetAsync(key).WaitAsync(cancellationToken) is { HasValue: true } value
                && JsonSerializer.Deserialize(value.ToString(), SlackRedisJson.Default.ProtectedInstallation) is { } stored)
            {
                return (key, stored);
            }
        }

        return null;
    }

    private RedisKey Key(InstallationKey key) =>
        $"{keys.Child("slack")}installation:{RedisKeys.Escape(key.EnterpriseId ?? "-")}:{RedisKeys.Escape(key.TeamId ?? "*")}";

    private SlackInstallation? Unprotect(ProtectedInstallation s)
    {
        var installation = s.TryUnprotect(_protector);
        if (installation is null)
        {
            LogUnreadable(s.EnterpriseId, s.TeamId);
        }

        return installation;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack installation saved in Redis for enterprise {EnterpriseId}, team {TeamId}")]
    private partial void LogSaved(string? enterpriseId, string? teamId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack installation removed from Redis for enterprise {EnterpriseId}, team {TeamId}")]
    private partial void LogDeleted(string? enterpriseId, string? teamId);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Slack installation for enterprise {EnterpriseId}, team {TeamId} cannot be decrypted (the Data Protection key ring in Redis changed); reinstall the app there")]
    private partial void LogUnreadable(string? enterpriseId, string? teamId);
}
