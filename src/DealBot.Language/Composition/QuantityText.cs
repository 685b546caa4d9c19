using DealBot.Core.Units;
using DealBot.Language.Tokens;

namespace DealBot.Language.Composition;

/// <summary>
/// Reads one unit ("$/MWh", "GPU-hour", "kW-month") or one amount with its unit ("2.5 GW", "$1.25B a month",
/// "1 kW/GPU") on its own, without a question around it: for programs that pass quantities as parameters (the MCP
/// tools' <c>convert</c> and <c>compute</c>). The same readers as questions use, so a unit means the same everywhere.
/// Never throws: text that is not exactly one unit or one amount reads as null.
/// </summary>
public static class QuantityText
{
    /// <summary>A parameter is a few words; longer text is not a unit or an amount.</summary>
    public const int MaxLength = 100;

    /// <summary>The unit the whole of <paramref name="text"/> names, or null.</summary>
    public static Unit? ReadUnit(string? text)
    {
        if (!IsShort(text))
        {
            return null;
        }

        Span<char> clean = stackalloc char[text!.Length];
        Span<Token> tokens = stackalloc Token[text.Length];
        var s = Tokenize(text, clean, tokens);
        return UnitReader.TryRead(ref s, 0, out var unit, out var end) && end == s.Count ? unit : null;
    }

    /// <summary>The one amount with its unit the whole of <paramref name="text"/> gives, or null.</summary>
    public static Term? ReadAmount(string? text)
    {
        if (!IsShort(text))
        {
            return null;
        }

        Span<char> clean = stackalloc char[text!.Length];
        Span<Token> tokens = stackalloc Token[text.Length];
        var s = Tokenize(text, clean, tokens);
        var read = new QuantityQuestion();
        GivenReader.Read(ref s, read);
        return read is { Problem: null, Given.Count: 1 } && read.Spans[0] == (0, s.Count) ? read.Given[0] : null;
    }

    private static bool IsShort(string? text) => !string.IsNullOrWhiteSpace(text) && text.Length <= MaxLength;

    private static Sentence Tokenize(string text, Span<char> clean, Span<Token> tokens)
    {
        ChatNoise.Clean(text, clean);
        var count = Tokenizer.Tokenize(clean, tokens);
        return new Sentence { Text = clean, Tokens = tokens[..count], Count = count };
    }
}
