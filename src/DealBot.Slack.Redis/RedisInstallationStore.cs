using System.Collections.Concurrent;
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
/// logged, and retried every few seconds until Redis takes it; it is never dropped.
/// </remarks>
public sealed partial class RedisInstallationStore : ISlackInstallationStore, IDisposable
{
    public const string Purpose = "DealBot.Slack.Installations.v1";

    /// <summary>How old a cached installation may be before it is re-read (in the background) from Redis.</summary>
    public static readonly TimeSpan RefreshAfter = TimeSpan.FromSeconds(30);

    /// <summary>How often writes Redis did not take are tried again.</summary>
    public static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(2);

    private readonly IConnectionMultiplexer _redis;
    private readonly RedisKeys _keys;
    private readonly RedisFallback _fallback;
    private readonly TimeProvider _clock;
    private readonly ILogger<RedisInstallationStore> _logger;
    private readonly IDataProtector _protector;
    private readonly ConcurrentDictionary<InstallationKey, Cached> _cache = new();
    private readonly ConcurrentDictionary<InstallationKey, byte> _refreshing = new();

    // Writes Redis has not taken yet: the installation to save, or null to delete.
    private readonly ConcurrentDictionary<InstallationKey, SlackInstallation?> _pending = new();
    private readonly Lock _retryGate = new();
    private ITimer? _retry;

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
        _fallback.Restored += RetryPending;
    }

    /// <summary>Writes waiting for Redis (tests and metrics).</summary>
    internal int PendingWrites => _pending.Count;

    public async ValueTask SaveAsync(SlackInstallation installation, CancellationToken cancellationToken = default)
    {
        var key = installation.Key;
        _cache[key] = new Cached(installation, _clock.GetUtcNow());
        _pending[key] = installation;
        if (await TryWriteAsync(key, cancellationToken))
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
        _pending[key] = null;
        if (await TryWriteAsync(key, cancellationToken))
        {
            LogDeleted(enterpriseId, teamId);
        }
        else
        {
            LogWriteDeferred("removed", enterpriseId, teamId);
        }

        return true;
    }

    public void Dispose()
    {
        _fallback.Restored -= RetryPending;
        lock (_retryGate)
        {
            _retry?.Dispose();
            _retry = null;
        }
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
        if (read is not null && !_pending.ContainsKey(key))
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

    /// <summary>Sends the pending write of <paramref name="key"/> to Redis; false (still pending, retried) when Redis did not take it.</summary>
    private async Task<bool> TryWriteAsync(InstallationKey key, CancellationToken cancellationToken)
    {
        if (!_pending.TryGetValue(key, out var installation))
        {
            return true;
        }

        var written = await _fallback.RunAsync(
            installation is null ? "slack.installation.delete" : "slack.installation.set",
            async () =>
            {
                var database = _redis.GetDatabase();
                if (installation is null)
                {
                    await database.KeyDeleteAsync(Key(key)).ConfigureAwait(false);
                }
                else
                {
                    // Encrypted here, not before: the key ring lives in Redis too.
                    var json = JsonSerializer.Serialize(ProtectedInstallation.Protect(installation, _protector), SlackRedisJson.Default.ProtectedInstallation);
                    await database.StringSetAsync(Key(key), json).ConfigureAwait(false);
                }

                return true;
            },
            () => false,
            cancellationToken).ConfigureAwait(false);
        if (written)
        {
            // Only if no newer write of the same key came in meanwhile.
            _pending.TryRemove(new KeyValuePair<InstallationKey, SlackInstallation?>(key, installation));
        }
        else
        {
            ScheduleRetry();
        }

        return written;
    }

    private void ScheduleRetry()
    {
        lock (_retryGate)
        {
            _retry ??= _clock.CreateTimer(_ => RetryPending(), null, RetryEvery, RetryEvery);
        }
    }

    private async void RetryPending()
    {
        try
        {
            foreach (var key in _pending.Keys)
            {
                if (await TryWriteAsync(key, CancellationToken.None))
                {
                    LogWriteDone(key.EnterpriseId, key.TeamId);
                }
            }

            lock (_retryGate)
            {
                if (_pending.IsEmpty)
                {
                    _retry?.Dispose();
                    _retry = null;
                }
            }
        }
        catch (Exception e)
        {
            // Never let a background retry take the process down; the next tick tries again.
            LogRetryFailed(e);
        }
    }

    private SlackInstallation? Decode(RedisValue value)
    {
        if (!value.HasValue || JsonSerializer.Deserialize(value.ToString(), SlackRedisJson.Default.ProtectedInstallation) is not { } stored)
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

    private RedisKey Key(InstallationKey key) =>
        $"{_keys.Child("slack")}installation:{RedisKeys.Escape(key.EnterpriseId ?? "-")}:{RedisKeys.Escape(key.TeamId ?? "*")}";

    /// <summary>An installation as last read (or written) here; <see cref="Installation"/> null: known not to exist.</summary>
    private sealed record Cached(SlackInstallation? Installation, DateTimeOffset ReadAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack installation saved in Redis for enterprise {EnterpriseId}, team {TeamId}")]
    private partial void LogSaved(string? enterpriseId, string? teamId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack installation removed from Redis for enterprise {EnterpriseId}, team {TeamId}")]
    private partial void LogDeleted(string? enterpriseId, string? teamId);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Slack installation {Change} for enterprise {EnterpriseId}, team {TeamId} on this replica only: Redis did not take it; retrying until it does")]
    private partial void LogWriteDeferred(string change, string? enterpriseId, string? teamId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack installation change for enterprise {EnterpriseId}, team {TeamId} reached Redis after a retry")]
    private partial void LogWriteDone(string? enterpriseId, string? teamId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Retrying Slack installation writes to Redis failed; trying again shortly")]
    private partial void LogRetryFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Slack installation for enterprise {EnterpriseId}, team {TeamId} cannot be decrypted (the Data Protection key ring in Redis changed); reinstall the app there")]
    private partial void LogUnreadable(string? enterpriseId, string? teamId);
}
