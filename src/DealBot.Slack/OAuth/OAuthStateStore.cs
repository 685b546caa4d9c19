using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace DealBot.Slack.OAuth;

/// <summary>
/// OAuth <c>state</c> values: random, short-lived and single-use, so a callback can only complete an install that this
/// server started (with the cookie, in the same browser). Kept in memory: an install begun on one instance must
/// finish on the same one (use sticky sessions, or a shared store, behind a load balancer).
/// </summary>
internal sealed class OAuthStateStore(TimeProvider clock, TimeSpan lifetime)
{
    private const int MaxPending = 10_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _pending = new(StringComparer.Ordinal);

    /// <summary>A new state, or null when too many installs are pending (a flood of /slack/install).</summary>
    public string? TryCreate()
    {
        var now = clock.GetUtcNow();
        if (_pending.Count >= MaxPending)
        {
            foreach (var (state, expires) in _pending.Where(p => p.Value <= now))
            {
                _pending.TryRemove(state, out _);
            }

            if (_pending.Count >= MaxPending)
            {
                return null;
            }
        }

        var value = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        _pending[value] = now + lifetime;
        return value;
    }

    /// <summary>True once for a state this store issued and that has not expired; it can never be used again.</summary>
    public bool TryConsume(string? state) =>
        state is not null && _pending.TryRemove(state, out var expires) && clock.GetUtcNow() < expires;
}
