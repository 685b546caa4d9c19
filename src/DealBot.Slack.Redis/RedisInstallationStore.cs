using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Security.Cryptography;
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
/// decrypt what another saved.
/// </summary>
/// <remarks>
/// Answering never waits on Redis for a workspace this replica knows: each installation read (and each one known to be
/// absent) is kept in memory per key and answered from there; once it is older than <see cref="RefreshAfter"/> it is
/// re-read in the background, so an install or uninstall at another replica is seen within that time. A key never read
/// is read from Redis through <see cref="RedisFallback"/> (bounded; while Redis is down it counts as not found, so a
/// configured <c>Slack:BotToken</c> still answers). A save or delete that Redis does not take is applied here at once,
/// logged, and sent to Redis once it is back (<see cref="RedisFallback.DeferWrite"/>) unless Redis holds a newer install
/// by then. An uninstall leaves nothing in Redis to compare with: an install kept during an outage and sent after
/// another replica removed it meanwhile comes back (its token is revoked, so Slack refuses it until the next install).
/// </remarks>
public sealed partial class RedisInstallationStore : ISlackInstallationStore
{
    public const string Purpose = "DealBot.Slack.Installations.v1";

    /// <summary>How old a cached installation may be before it is re-read (in the background) from Redis.</summary>
    public static readonly TimeSpan RefreshAfter = TimeSpan.FromSeconds(30);

    private readonly IConnectionMultiplexer _redis;
    private readonly RedisKeys _keys;
    private readonly RedisFallback _fallback;
    private readonly TimeProvider _clock;
    private readonly ILogger<RedisInstallationStore> _logger;
    private readonly IDataProtector _protector;
    private readonly ConcurrentDictionary<InstallationKey, Cached> _cache = new();
    private readonly ConcurrentDictionary<InstallationKey, byte> _refreshing = new();

    public RedisInstallationStore(
        IConnectionMultiplexer redis,
        RedisKeys keys,
        IDataProtectionProvider dataProtection,
        RedisFallback fallback,
        ILogger<RedisInstallationStore> logger)
    {
        _redis = redis;
        _keys = keys;
        _fallback = fallback;
        _clock = fallback.Clock;
        _logger = logger;
        _protector = dataProtection.CreateProtector(Purpose);
    }

    public async ValueTask SaveAsync(SlackInstallation installation, CancellationToken cancellationToken = default)
    {
        var key = installation.Key;
        _cache[key] = new Cached(installation, _clock.GetUtcNow());
        if (await WriteAsync(key, installation, cancellationToken))
        {
            LogSaved(installation.EnterpriseId, installation.TeamId);
        }
        else
        {
            LogWriteDeferred("saved", installation.EnterpriseId, installation.TeamId);
        }
    }

    public async ValueTask<SlackInstallation?> FindAsync(string? enterpriseId, string? teamId, CancellationToken cancellationToken = default)
    {
        foreach (var candidate in Candidates(enterpriseId, teamId))
        {
            if (!_cache.TryGetValue(candidate, out var cached))
            {
                cached = await ReadAsync(candidate, cancellationToken);
            }
            else if (_clock.GetUtcNow() - cached.ReadAt > RefreshAfter)
            {
                RefreshInBackground(candidate);
            }

            if (cached?.Installation is { } installation)
            {
                return installation;
            }
        }

        return null;
    }

    public async ValueTask<bool> DeleteAsync(string? enterpriseId, string? teamId, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(enterpriseId, teamId, cancellationToken) is not { } found)
        {
            return false;
        }

        var key = found.Key;
        _cache[key] = new Cached(null, _clock.GetUtcNow());
        if (await WriteAsync(key, null, cancellationToken))
        {
            LogDeleted(enterpriseId, teamId);
        }
        else
        {
            LogWriteDeferred("removed", enterpriseId, teamId);
        }

        return true;
    }

    /// <summary>
    /// Reads every installation in Redis into memory (the start-up warm-up): afterwards an outage cannot stop this
    /// replica answering any workspace installed before it started. Throws when Redis does not answer.
    /// </summary>
    public async Task<int> LoadAllAsync(CancellationToken cancellationToken)
    {
        var loaded = 0;
        var database = _redis.GetDatabase();
        foreach (var server in _redis.GetServers().Where(s => !s.IsReplica))
        {
            await foreach (var redisKey in server.KeysAsync(pattern: $"{_keys.Child("slack")}installation:*").WithCancellation(cancellationToken))
            {
                if (_fallback.IsDeferred(redisKey!) || Decode(await database.StringGetAsync(redisKey).ConfigureAwait(false)) is not { } installation)
                {
                    continue;
                }

                _cache.TryAdd(installation.Key, new Cached(installation, _clock.GetUtcNow()));
                loaded++;
            }
        }

        return loaded;
    }

    /// <summary>The workspace's own install, then its org's org-wide install (as the file store matches).</summary>
    private static IEnumerable<InstallationKey> Candidates(string? enterpriseId, string? teamId)
    {
        if (teamId is not null)
        {
            yield return new InstallationKey(enterpriseId, teamId);
        }

        if (enterpriseId is not null)
        {
            yield return new InstallationKey(enterpriseId, null);
        }
    }

    /// <summary>Reads one key from Redis into the cache; null (nothing cached) when Redis did not answer.</summary>
    private async Task<Cached?> ReadAsync(InstallationKey key, CancellationToken cancellationToken)
    {
        var read = await _fallback.RunAsync<Cached?>(
            "slack.installation.get",
            async () => new Cached(Decode(await _redis.GetDatabase().StringGetAsync(Key(key)).ConfigureAwait(false)), _clock.GetUtcNow()),
            () => null,
            cancellationToken).ConfigureAwait(false);

        // A write of this key still waiting for Redis is newer than what Redis holds.
        if (read is not null && !_fallback.IsDeferred(Key(key)))
        {
            _cache[key] = read;
        }

        return _cache.TryGetValue(key, out var cached) ? cached : read;
    }

    private void RefreshInBackground(InstallationKey key)
    {
        if (_refreshing.TryAdd(key, 0))
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    await ReadAsync(key, CancellationToken.None);
                }
                finally
                {
                    _refreshing.TryRemove(key, out _);
                }
            });
        }
    }

    /// <summary>
    /// Saves (or, with null, deletes) one installation in Redis; false when Redis did not take it, which then sends it
    /// once it is back. Newer wins: a change is made only while Redis holds no install newer than it (its
    /// <see cref="SlackInstallation.InstalledAt"/>), compare-and-set on the value read, so a save or delete kept during
    /// an outage cannot undo a reinstall another replica stored meanwhile.
    /// </summary>
    private async Task<bool> WriteAsync(InstallationKey key, SlackInstallation? installation, CancellationToken cancellationToken)
    {
        var redisKey = Key(key);
        var changedAt = installation?.InstalledAt ?? _clock.GetUtcNow();
        async Task<bool> Write()
        {
            // Off the caller's thread: encrypting may load the key ring from Redis, synchronously, and it must not hold
            // the caller past its time.
            await Task.Yield();
            var database = _redis.GetDatabase();

            // Encrypted here, not before: the key ring lives in Redis too.
            RedisValue json = installation is null ? RedisValue.Null : Protect(installation);
            while (true)
            {
                var stored = await database.StringGetAsync(redisKey).ConfigureAwait(false);
                if (Stored(stored)?.InstalledAt > changedAt)
                {
                    LogNewerKept(key.EnterpriseId, key.TeamId);
                    return true;
                }

                var change = database.CreateTransaction();
                change.AddCondition(stored.HasValue ? Condition.StringEqual(redisKey, stored) : Condition.KeyNotExists(redisKey));
                _ = json.IsNull ? change.KeyDeleteAsync(redisKey) : change.StringSetAsync(redisKey, json);
                if (await change.ExecuteAsync().ConfigureAwait(false))
                {
                    return true;
                }
            }
        }

        return await _fallback.RunAsync(
            installation is null ? "slack.installation.delete" : "slack.installation.set",
            Write,
            () =>
            {
                _fallback.DeferWrite(redisKey, Write);
                return false;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The installation as stored. Encrypting reads the key ring from Redis the first time: when Redis fails then, it is
    /// Redis failing (the write is kept and sent once it is back), not the write.
    /// </summary>
    private string Protect(SlackInstallation installation)
    {
        try
        {
            return JsonSerializer.Serialize(ProtectedInstallation.Protect(installation, _protector), SlackRedisJson.Default.ProtectedInstallation);
        }
        catch (CryptographicException e) when (e.InnerException is RedisException redis)
        {
            ExceptionDispatchInfo.Throw(redis);
            throw;
        }
    }

    private static ProtectedInstallation? Stored(RedisValue value) =>
        value.HasValue ? JsonSerializer.Deserialize(value.ToString(), SlackRedisJson.Default.ProtectedInstallation) : null;

    private SlackInstallation? Decode(RedisValue value)
    {
        if (Stored(value) is not { } stored)
        {
            return null;
        }

        var installation = stored.TryUnprotect(_protector);
        if (installation is null)
        {
            LogUnreadable(stored.EnterpriseId, stored.TeamId);
        }

        return installation;
    }

    private string Key(InstallationKey key) =>
        $"{_keys.Child("slack")}installation:{RedisKeys.Escape(key.EnterpriseId ?? "-")}:{RedisKeys.Escape(key.TeamId ?? "*")}";

    /// <summary>An installation as last read (or written) here; <see cref="Installation"/> null: known not to exist.</summary>
    private sealed record Cached(SlackInstallation? Installation, DateTimeOffset ReadAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack installation saved in Redis for enterprise {EnterpriseId}, team {TeamId}")]
    private partial void LogSaved(string? enterpriseId, string? teamId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack installation removed from Redis for enterprise {EnterpriseId}, team {TeamId}")]
    private partial void LogDeleted(string? enterpriseId, string? teamId);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Slack installation {Change} for enterprise {EnterpriseId}, team {TeamId} on this replica only: Redis did not take it; it is sent once Redis is back")]
    private partial void LogWriteDeferred(string change, string? enterpriseId, string? teamId);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Slack installation change for enterprise {EnterpriseId}, team {TeamId} not written: Redis holds a newer install (made at another replica meanwhile)")]
    private partial void LogNewerKept(string? enterpriseId, string? teamId);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Slack installation for enterprise {EnterpriseId}, team {TeamId} cannot be decrypted (the Data Protection key ring in Redis changed); reinstall the app there")]
    private partial void LogUnreadable(string? enterpriseId, string? teamId);
}
