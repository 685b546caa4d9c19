using DealBot.Language.Entities;
using DealBot.Language.Vocabulary;

namespace DealBot.Language.Tokens;

/// <summary>
/// A tokenized question on the stack: the cleaned lower-case text and its tokens. The query helpers
/// see only tokens no earlier reader has used, so each phrase is given one meaning.
/// </summary>
internal ref struct Sentence
{
    public ReadOnlySpan<char> Text;

    public Span<Token> Tokens;

    public int Count;

    /// <summary>
    /// The one calendar year the conversation's window lies in, or 0: "xai 2027 total" then "just q4?" or "jan-jun?"
    /// means that year's.
    /// </summary>
    public int ContextYear;

    // The words of the free tokens; rebuilt when tokens have been used or renamed since (_current is false).
    private WordSet _present;
    private bool _current;

    public readonly ReadOnlySpan<char> TextOf(int i) => Text.Slice(Tokens[i].Start, Tokens[i].Length);

    /// <summary>The text of token <paramref name="i"/>, read or not, or empty past either end.</summary>
    public readonly ReadOnlySpan<char> TextAt(int i) => (uint)i < (uint)Count ? TextOf(i) : [];

    public readonly bool IsFree(int i) => (uint)i < (uint)Count && !Tokens[i].Used;

    /// <summary>The class of the free word at <paramref name="i"/>, or <see cref="Word.None"/>.</summary>
    public readonly Word WordAt(int i) =>
        IsFree(i) && Tokens[i].Kind == TokenKind.Word ? Tokens[i].Word : Word.None;

    public readonly bool IsWord(int i, Word word) => word != Word.None && WordAt(i) == word;

    /// <summary>Whether the free token at <paramref name="i"/> is spelt <paramref name="text"/> ("after" is a "since" word).</summary>
    public readonly bool IsText(int i, string text) => IsFree(i) && TextOf(i).SequenceEqual(text);

    /// <summary>Whether some free token is spelt <paramref name="text"/> ("fit", "rate").</summary>
    public readonly bool HasText(string text)
    {
        for (var i = 0; i < Count; i++)
        {
            if (IsText(i, text))
            {
                return true;
            }
        }

        return false;
    }

    public readonly bool IsSymbol(int i, char symbol) =>
        IsFree(i) && Tokens[i].Kind == TokenKind.Symbol && Tokens[i].Symbol == symbol;

    /// <summary>A hyphen or dash of any width, which join "MW-month" and separate "2027–2028".</summary>
    public readonly bool IsDash(int i) => IsSymbol(i, '-') || IsSymbol(i, '–') || IsSymbol(i, '—');

    /// <summary>A comma (or other punctuation the tokenizer drops) between token <paramref name="i"/> and the one before.</summary>
    public readonly bool IsCommaBefore(int i) => IsBefore(i, ",;");

    /// <summary>A comma or the end of a sentence between token <paramref name="i"/> and the one before.</summary>
    public readonly bool IsPauseBefore(int i) => IsBefore(i, ",;.!?");

    /// <summary>A sign right before token <paramref name="i"/>: the "+" token ("+250m a month", "+25%") or a "±" the tokenizer dropped.</summary>
    public readonly bool IsSignBefore(int i) => IsBefore(i, "±") || (i > 0 && i < Count && Tokens[i - 1] is { Kind: TokenKind.Symbol, Symbol: '+' });

    /// <summary>A times sign before token <paramref name="i"/>: "×" or "*" (dropped by the tokenizer) or the letter "x".</summary>
    public readonly bool IsTimesBefore(int i) => IsBefore(i, "×*") || IsText(i - 1, "x");

    /// <summary>A "÷" (dropped by the tokenizer) before token <paramref name="i"/>.</summary>
    public readonly bool IsDivideBefore(int i) => IsBefore(i, "÷");

    /// <summary>Whether the question has an equals sign ("10k gpus x $30k = ?"), which the tokenizer drops.</summary>
    public readonly bool HasEquals() => Text.IndexOf('=') >= 0;

    private readonly bool IsBefore(int i, string marks) =>
        i < Count && i >= 0 && Text[(i > 0 ? Tokens[i - 1].Start + Tokens[i - 1].Length : 0)..Tokens[i].Start].IndexOfAny(marks) >= 0;

    public readonly bool IsNumber(int i) => IsFree(i) && Tokens[i].Kind == TokenKind.Number;

    /// <summary>Whether any token, used or not, is a number.</summary>
    public readonly bool HasNumber()
    {
        for (var i = 0; i < Count; i++)
        {
            if (Tokens[i].Kind == TokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }

    public int Find(Word word, int from = 0)
    {
        // Most words a reader looks for are not in the question at all: the set answers that without a scan.
        if (!Has(word))
        {
            return -1;
        }

        for (var i = Math.Max(0, from); i < Count; i++)
        {
            if (IsWord(i, word))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether a free token is <paramref name="word"/>. Readers ask this often, so the answer comes from a set.</summary>
    public bool Has(Word word)
    {
        if (!_current)
        {
            _present = default;
            for (var i = 0; i < Count; i++)
            {
                if (!Tokens[i].Used && Tokens[i].Kind == TokenKind.Word)
                {
                    _present.Add(Tokens[i].Word);
                }
            }

            _current = true;
        }

        return word != Word.None && _present.Contains(word);
    }

    /// <summary>Whether <paramref name="first"/> is directly followed by <paramref name="second"/> somewhere.</summary>
    public bool HasPair(Word first, Word second)
    {
        if (!Has(second))
        {
            return false;
        }

        for (var i = Find(first); i >= 0; i = Find(first, i + 1))
        {
            if (IsWord(i + 1, second))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="word"/> occurs within <paramref name="span"/> tokens after <paramref name="i"/>.</summary>
    public readonly bool Within(int i, Word word, int span)
    {
        for (var j = i + 1; j <= i + span && j < Count; j++)
        {
            if (IsWord(j, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Skips one free "the" at <paramref name="i"/>, so "over the life" reads like "over life".</summary>
    public readonly int SkipThe(int i) => IsWord(i, Word.The) ? i + 1 : i;

    public void Use(int from, int toExclusive)
    {
        for (var i = Math.Max(0, from); i < toExclusive && i < Count; i++)
        {
            Tokens[i].Used = true;
        }

        _current = false;
    }

    /// <summary>Marks the word at <paramref name="i"/> as naming a catalog entry; it stops being a vocabulary word.</summary>
    public void Name(int i, EntityRef entity)
    {
        Tokens[i].Entity = entity;
        Tokens[i].Word = Word.None;
        _current = false;
    }
}
