using System.Globalization;

namespace DealBot.Discord;

/// <summary>An inclusive range of shard ids, written "3" or "0-3", so that replicas can split the shards between them.</summary>
public readonly record struct ShardRange(int First, int Last)
{
    public int Count => Last - First + 1;

    public IEnumerable<int> Ids => Enumerable.Range(First, Count);

    public bool Contains(int shardId) => shardId >= First && shardId <= Last;

    public static bool TryParse(string? text, out ShardRange range)
    {
        range = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Split(['-', '.'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length is < 1 or > 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first))
        {
            return false;
        }

        var last = first;
        if (parts.Length == 2 && !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out last))
        {
            return false;
        }

        if (last < first)
        {
            return false;
        }

        range = new ShardRange(first, last);
        return true;
    }

    public override string ToString() => First == Last ? First.ToString(CultureInfo.InvariantCulture) : $"{First}-{Last}";
}
