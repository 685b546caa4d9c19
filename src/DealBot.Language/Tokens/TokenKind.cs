namespace DealBot.Language.Tokens;

internal enum TokenKind : byte
{
    Word,
    Number,
    Symbol,
}
