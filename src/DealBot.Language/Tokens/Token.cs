using DealBot.Language.Entities;
using DealBot.Language.Numbers;
using DealBot.Language.Vocabulary;

namespace DealBot.Language.Tokens;

/// <summary>
/// One word, numeral or symbol of a question, pointing into the cleaned lower-case text.
/// Unmanaged so a question's tokens can live on the stack.
/// </summary>
internal struct Token
{
    public TokenKind Kind;

    public int Start;

    public int Length;

    /// <summary>For words: the vocabulary class (<see cref="Word.None"/> when unknown).</summary>
    public Word Word;

    /// <summary>For words: the catalog entry the word (with the words merged into it) names.</summary>
    public EntityRef Entity;

    public char Symbol;

    public NumberValue Number;

    /// <summary>For numbers: a minus sign stood right before it.</summary>
    public bool Negative;

    /// <summary>No space separates this token from the previous one ("10k", "9¢").</summary>
    public bool Glued;

    /// <summary>An earlier reader has given this token its meaning; later readers skip it.</summary>
    public bool Used;
}
