using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DealBot.Slack.Installations;

/// <summary>
/// Installations in one JSON file. Bot tokens are encrypted with ASP.NET Core Data Protection (keys in a sibling
/// <c>keys/</c> folder), the file is mode 0600 and its folder 0700, and each save replaces the file atomically so a
/// crash never leaves half a file. Reads use an in-memory snapshot. Entries it cannot decrypt (their key ring entry is
/// sealed with a key-encryption key that is not configured) are written back as they were, so configuring the right
/// key brings them back; a reinstall or an uninstall of that workspace replaces or removes them.
/// </summary>
public sealed partial class FileInstallationStore : ISlackInstallationStore, IDisposable
{
    private const string Purpose = "DealBot.Slack.Installations.v1";
    private const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode PrivateDirectory = PrivateFile | UnixFileMode.UserExecute;

    private readonly string _path;
    private readonly IDataProtector _protector;
    private readonly ILogger<FileInstallationStore> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile IReadOnlyDictionary<InstallationKey, SlackInstallation>? _snapshot;
    private readonly Dictionary<InstallationKey, ProtectedInstallation> _unreadable = [];

    public FileInstallationStore(IOptions<SlackOptions> options, IDataProtectionProvider dataProtection, ILogger<FileInstallationStore> logger)
    {
        _path = Path.GetFullPath(options.Value.InstallationStorePath);
        _protector = dataProtection.CreateProtector(Purpose);
        _logger = logger;
    }

    /// <summary>Where the Data Protection keys for a store file live: next to it, equally private.</summary>
    public static string KeysDirectory(string storePath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(storePath)) ?? ".", "keys");

    public async ValueTask SaveAsync(SlackInstallation installation, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var all = new Dictionary<InstallationKey, SlackInstallation>(await LoadAsync(cancellationToken)) { [installation.Key] = installation };
            _unreadable.Remove(installation.Key);
            await WriteAsync(all.Values, cancellationToken);
            _snapshot = all;
        }
        finally
        {
            _gate.Release();
        }

        LogSaved(installation.EnterpriseId, installation.TeamId);
    }

    public async ValueTask<SlackInstallation?> FindAsync(string? enterpriseId, string? teamId, CancellationToken cancellationToken = default)
    {
        var all = _snapshot ?? await LoadLockedAsync(cancellationToken);
        return Match(all, enterpriseId, teamId) is { } key ? all[key] : null;
    }

    public async ValueTask<bool> DeleteAsync(string? enterpriseId, string? teamId, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var all = new Dictionary<InstallationKey, SlackInstallation>(await LoadAsync(cancellationToken));
            if ((Match(all, enterpriseId, teamId) ?? Match(_unreadable, enterpriseId, teamId)) is not { } key)
            {
                return false;
            }

            all.Remove(key);
            _unreadable.Remove(key);
            await WriteAsync(all.Values, cancellationToken);
            _snapshot = all;
            LogDeleted(key.EnterpriseId, key.TeamId);
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private static InstallationKey? Match<T>(IReadOnlyDictionary<InstallationKey, T> all, string? enterpriseId, string? teamId)
    {
        var own = new InstallationKey(enterpriseId, teamId);
        if (teamId is not null && all.ContainsKey(own))
        {
            return own;
        }

        var orgWide = new InstallationKey(enterpriseId, null);
        return enterpriseId is not null && all.ContainsKey(orgWide) ? orgWide : null;
    }

    private async Task<IReadOnlyDictionary<InstallationKey, SlackInstallation>> LoadLockedAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await LoadAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Call under the gate.</summary>
    private async Task<IReadOnlyDictionary<InstallationKey, SlackInstallation>> LoadAsync(CancellationToken cancellationToken)
    {
        if (_snapshot is { } loaded)
        {
            return loaded;
        }

        var all = new Dictionary<InstallationKey, SlackInstallation>();
        if (File.Exists(_path))
        {
            TightenMode(_path, PrivateFile);
            List<ProtectedInstallation>? stored;
            await using (var stream = File.OpenRead(_path))
            {
                try
                {
                    stored = await JsonSerializer.DeserializeAsync(stream, SlackJson.Default.ListProtectedInstallation, cancellationToken);
                }
                catch (JsonException e)
                {
                    // Never overwrite a file we cannot read: it may hold every workspace's install.
                    throw new InvalidOperationException($"Slack installation store {_path} is not valid JSON ({e.Message}).", e);
                }
            }

            foreach (var entry in stored ?? [])
            {
                if (Unprotect(entry) is { } installation)
                {
                    all[installation.Key] = installation;
                }
                else
                {
                    _unreadable[entry.Key] = entry;
                }
            }
        }

        _snapshot = all;
        return all;
    }

    private SlackInstallation? Unprotect(ProtectedInstallation s)
    {
        var installation = s.TryUnprotect(_protector);
        if (installation is null)
        {
            // The key ring changed (keys folder lost or not shared): that workspace has to reinstall.
            LogUnreadable(s.EnterpriseId, s.TeamId);
        }

        return installation;
    }

    private async Task WriteAsync(IEnumerable<SlackInstallation> installations, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(_path)!;
        EnsurePrivateDirectory(directory);
        EnsurePrivateDirectory(KeysDirectory(_path));
        var stored = installations.Select(i => ProtectedInstallation.Protect(i, _protector)).Concat(_unreadable.Values).ToList();

        var temp = _path + ".tmp";
        File.Delete(temp);
        var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            create.UnixCreateMode = PrivateFile;
        }

        await using (var stream = new FileStream(temp, create))
        {
            await JsonSerializer.SerializeAsync(stream, stored, SlackJson.Default.ListProtectedInstallation, cancellationToken);
            await stream.FlushAsync(cancellationToken);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, _path, overwrite: true);
    }

    private static void EnsurePrivateDirectory(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
            return;
        }

        Directory.CreateDirectory(directory, PrivateDirectory);
        TightenMode(directory, PrivateDirectory);
    }

    private static void TightenMode(string path, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & ~mode) != 0)
        {
            File.SetUnixFileMode(path, mode);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack installation saved for enterprise {EnterpriseId}, team {TeamId}")]
    private partial void LogSaved(string? enterpriseId, string? teamId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack installation removed for enterprise {EnterpriseId}, team {TeamId}")]
    private partial void LogDeleted(string? enterpriseId, string? teamId);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Slack installation for enterprise {EnterpriseId}, team {TeamId} cannot be decrypted (Data Protection keys changed); reinstall the app there")]
    private partial void LogUnreadable(string? enterpriseId, string? teamId);
}
