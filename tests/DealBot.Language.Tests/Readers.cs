using DealBot.Language.Months;
using DealBot.Language.Numbers;
using DealBot.Language.Tokens;

namespace DealBot.Language.Tests;

/// <summary>Runs one internal reader on the start of a text, for tests of the readers on their own.</summary>
internal static class Readers
{
    public static bool TryReadAmount(string text, out Amount amount)
    {
        Span<char> clean = stackalloc char[text.Length];
        Span<Token> tokens = stackalloc Token[64];
        var s = Tokenize(text, clean, tokens);
        return NumberParser.TryRead(ref s, 0, out amount);
    }

    public static bool TryReadMonth(string text, out MonthExpression month)
    {
        Span<char> clean = stackalloc char[text.Length];
        Span<Token> tokens = stackalloc Token[64];
        var s = Tokenize(text, clean, tokens);
        return MonthExpressionParser.TryRead(ref s, 0, out month);
    }

    /// <summary>The tokens of a text as "kind:text" strings, e.g. "Number:1.25", "Word:b", "Symbol:$".</summary>
    public static string[] Tokens(string text)
    {
        Span<char> clean = stackalloc char[text.Length];
        Span<Token> tokens = stackalloc Token[256];
        var s = Tokenize(text, clean, tokens);
        var result = new string[s.Count];
        for (var i = 0; i < s.Count; i++)
        {
            result[i] = $"{s.Tokens[i].Kind}:{s.TextOf(i).ToString()}";
        }

        return result;
    }

    private static Sentence Tokenize(string text, Span<char> clean, Span<Token> tokens)
    {
        ChatNoise.Clean(text, clean);
        return new Sentence { Text = clean, Tokens = tokens, Count = Tokenizer.Tokenize(clean, tokens) };
    }
}
