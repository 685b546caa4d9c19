using System.Text;

namespace DealBot.Redis;

/// <summary>
/// The keys DealBot writes, all under one prefix: <c>{prefix}conversation:…</c>, <c>{prefix}delivery:…</c>,
/// <c>{prefix}ratelimit:…</c>. Parts of a composite key are escaped, so no two conversations share a key.
/// </summary>
public sealed class RedisKeys(string prefix)
{
    public string Prefix { get; } = prefix;

    public string Conversation(string platform, string place, string user) =>
        $"{Prefix}conversation:{Escape(platform)}:{Escape(place)}:{Escape(user)}";

    public string Delivery(string deliveryId) => $"{Prefix}delivery:{deliveryId}";

    public string RateLimit(string user) => $"{Prefix}ratelimit:{user}";

    public string Child(string name) => $"{Prefix}{name}:";

    /// <summary>'%' and ':' as %25 and %3A: the separator can only ever mean a separator.</summary>
    internal static string Escape(string part)
    {
        if (part.AsSpan().IndexOfAny('%', ':') < 0)
        {
            return part;
        }

        var escaped = new StringBuilder(part.Length + 8);
        foreach (var c in part)
        {
            _ = c switch
            {
                '%' => escaped.Append("%25"),
                ':' => escaped.Append("%3A"),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }
}
