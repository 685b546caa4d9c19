using System.Numerics;

namespace DealBot.Language.Entities;

/// <summary>
/// Aliases for typo-tolerant lookup, grouped by length so a word is only compared with aliases it could be a
/// typo of, and pre-filtered by the letters they contain. The closest alias wins; ties go to the first listed.
/// </summary>
internal sealed class FuzzyAliases
{
    private readonly (string Alias, int Mask, EntityRef Entity)[] _byLength;

    /// <summary>Index in <see cref="_byLength"/> of the first alias of each length (and one past the last).</summary>
    private readonly int[] _firstOfLength;

    public FuzzyAliases(IEnumerable<KeyValuePair<string, EntityRef>> aliases)
    {
        _byLength = [.. aliases.Select(a => (a.Key, EditDistance.LetterMask(a.Key), a.Value)).OrderBy(a => a.Key.Length)];
        var longest = _byLength.Length == 0 ? 0 : _byLength[^1].Alias.Length;
        _firstOfLength = new int[longest + 2];
        for (int length = 0, i = 0; length <= longest + 1; length++)
        {
            while (i < _byLength.Length && _byLength[i].Alias.Length < length)
            {
                i++;
            }

            _firstOfLength[length] = i;
        }
    }

    public bool TryFind(ReadOnlySpan<char> word, int bound, int minAliasLength, out EntityRef entity, out string? alias)
    {
        (entity, alias) = (default, null);
        if (bound == 0)
        {
            return false;
        }

        var mask = EditDistance.LetterMask(word);
        var best = bound + 1;
        var from = _firstOfLength[Math.Clamp(Math.Max(word.Length - bound, minAliasLength), 0, _firstOfLength.Length - 1)];
        var to = _firstOfLength[Math.Clamp(word.Length + bound + 1, 0, _firstOfLength.Length - 1)];
        for (var i = from; i < to; i++)
        {
            var candidate = _byLength[i];
            // Each edit changes at most two letters of the set, so more differing letters rule the alias out cheaply.
            if (BitOperations.PopCount((uint)(candidate.Mask ^ mask)) > 2 * bound)
            {
                continue;
            }

            var distance = EditDistance.Distance(word, candidate.Alias, best - 1);
            if (distance < best)
            {
                (best, entity, alias) = (distance, candidate.Entity, candidate.Alias);
            }
        }

        return alias is not null;
    }
}
