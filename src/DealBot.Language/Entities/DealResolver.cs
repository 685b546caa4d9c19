using DealBot.Core.Catalog;
using DealBot.Language.Tokens;
using DealBot.Language.Vocabulary;

namespace DealBot.Language.Entities;

/// <summary>
/// Finds the companies, deals and hardware a question names: by alias, across tokens ("TPU v5p"),
/// with plurals ("H100s") and typos ("antropic", "oracel"). <see cref="DealPicker"/> then picks the deals meant.
/// </summary>
internal sealed class DealResolver
{
    // Aliases are single words or short phrases; "amazon web services" is the longest kind.
    private const int MaxPhraseTokens = 3;
    private const int MaxKeyLength = 64;

    private readonly AliasTable _aliases;

    public DealResolver(DealCatalog catalog)
    {
        _aliases = new AliasTable(catalog);
    }

    public AliasTable Aliases => _aliases;

    /// <summary>Marks each word that names a catalog entry; the later words of a phrase alias are marked used.</summary>
    public void Tag(ref Sentence s)
    {
        Span<char> key = stackalloc char[MaxKeyLength];
        for (var i = 0; i < s.Count; i++)
        {
            if (s.Tokens[i].Kind != TokenKind.Word || s.Tokens[i].Used)
            {
                continue;
            }

            var text = s.TextOf(i);
            if (_aliases.StartsPhrase(text) && TryPhrase(ref s, i, key, out var phrase, out var last))
            {
                s.Name(i, phrase);
                s.Use(i + 1, last + 1);
                i = last;
            }
            else if (_aliases.TryExact(text, out var entity)
                || (text.Length > 3 && text[^1] == 's' && _aliases.TryExact(text[..^1], out entity))
                || (s.Tokens[i].Word == Word.None && IsLetters(text) && _aliases.TryFuzzy(text, out entity)))
            {
                s.Name(i, entity);
            }
        }
    }

    /// <summary>The longest alias made of the tokens from <paramref name="start"/>, ignoring hyphens ("tpu-v5p").</summary>
    private bool TryPhrase(ref Sentence s, int start, scoped Span<char> key, out EntityRef entity, out int last)
    {
        (entity, last) = (default, start);
        var length = 0;
        var parts = 0;
        var found = false;
        for (var i = start; i < s.Count && parts < MaxPhraseTokens; i++)
        {
            if (s.IsDash(i) && i > start)
            {
                continue;
            }

            if (!s.IsFree(i) || s.Tokens[i].Kind == TokenKind.Symbol || length + s.Tokens[i].Length > key.Length)
            {
                break;
            }

            s.TextOf(i).CopyTo(key[length..]);
            length += s.Tokens[i].Length;
            parts++;
            if (_aliases.TryExact(key[..length], out var candidate) || TrySingular(key[..length], out candidate))
            {
                (entity, last, found) = (candidate, i, true);
            }
        }

        return found && last > start;
    }

    private bool TrySingular(ReadOnlySpan<char> key, out EntityRef entity)
    {
        entity = default;
        return key.Length > 3 && key[^1] == 's' && _aliases.TryExact(key[..^1], out entity);
    }

    private static bool IsLetters(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
