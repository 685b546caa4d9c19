using DealBot.Language.Numbers;

namespace DealBot.Language.Tokens;

/// <summary>
/// Splits cleaned lower-case text into words, numerals and the few symbols that carry meaning ("$", "¢", "%",
/// "/", dashes, "'", "?", "^"). Everything else (emoji, punctuation, control characters) only separates tokens.
/// </summary>
internal static class Tokenizer
{
    public static int Tokenize(ReadOnlySpan<char> text, Span<Token> tokens)
    {
        var count = 0;
        var i = 0;
        var glued = false;
        var negative = false;
        while (i < text.Length && count < tokens.Length)
        {
            var c = text[i];
            // ".08", "$.9B": a decimal point with no zero before it starts the numeral.
            if (IsDigit(c) || (c == '.' && i + 1 < text.Length && IsDigit(text[i + 1]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1]))))
            {
                var end = NumberEnd(text, i);
                tokens[count++] = new Token
                {
                    Kind = TokenKind.Number,
                    Start = i,
                    Length = end - i,
                    Glued = glued,
                    Negative = negative,
                    Number = NumberParser.ParseLiteral(text[i..end]),
                };
                (i, glued, negative) = (end, true, false);
            }
            else if (char.IsLetter(c))
            {
                var end = WordEnd(text, i);
                tokens[count++] = new Token
                {
                    Kind = TokenKind.Word,
                    Start = i,
                    Length = end - i,
                    Glued = glued,
                    Word = Vocabulary.Vocabulary.Classify(text[i..end]),
                };
                (i, glued, negative) = (SkipContraction(text, end), true, false);
            }
            else if (IsMinus(text, i))
            {
                // A sign, not a hyphen: "-5 MW", "-$5B". Hyphens between words and numbers stay symbols.
                (i, negative) = (i + 1, true);
            }
            else if (SymbolFor(c) is var symbol and not '\0')
            {
                tokens[count++] = new Token { Kind = TokenKind.Symbol, Start = i, Length = 1, Symbol = symbol, Glued = glued };
                (i, glued) = (i + 1, true);
            }
            else
            {
                (i, glued) = (i + 1, false);
            }
        }

        return NumberWords.Merge(text, tokens, count);
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static char SymbolFor(char c) => c switch
    {
        // "+" joins deals in a sum ("xai gpus + google xai gpus").
        '$' or '¢' or '%' or '/' or '-' or '–' or '—' or '?' or '^' or '+' => c,
        // Other currencies read as money; the parser notes that no conversion was made.
        '€' or '£' => '$',
        '\'' or '’' or '‘' => '\'',
        _ => '\0',
    };

    private static bool IsMinus(ReadOnlySpan<char> text, int i)
    {
        if (text[i] is not ('-' or '−') || (i > 0 && !char.IsWhiteSpace(text[i - 1]) && text[i - 1] is not ('(' or '$' or '~')))
        {
            return false;
        }

        var next = i + 1 < text.Length && text[i + 1] == '$' ? i + 2 : i + 1;
        return next < text.Length && IsDigit(text[next]);
    }

    private static int WordEnd(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && (char.IsLetter(text[i]) || IsDigit(text[i])))
        {
            i++;
        }

        return i;
    }

    /// <summary>Skips "'s", "'re", "’ll" after a word, so "anthropic's" reads as "anthropic".</summary>
    private static int SkipContraction(ReadOnlySpan<char> text, int i)
    {
        if (i + 1 < text.Length && text[i] is '\'' or '’' && char.IsLetter(text[i + 1]))
        {
            i++;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }
        }

        return i;
    }

    /// <summary>End of a numeral: digits with "," thousands groups, one decimal point, an optional exponent ("1.25e9").</summary>
    private static int NumberEnd(ReadOnlySpan<char> text, int i)
    {
        var point = text[i] == '.';
        i += point ? 1 : 0;
        while (i < text.Length)
        {
            var c = text[i];
            // ".08", "$.9B": a decimal point with no zero before it starts the numeral.
            if (IsDigit(c) || (c == '.' && i + 1 < text.Length && IsDigit(text[i + 1]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1]))))
            {
                i++;
            }
            else if (c == ',' && !point && IsThousandsGroup(text, i + 1))
            {
                i += 4;
            }
            else if (c == ',' && !point && DecimalCommaDigits(text, i + 1) is > 0 and var digits)
            {
                (i, point) = (i + 1 + digits, true);
            }
            else if (c == '.' && !point && i + 1 < text.Length && IsDigit(text[i + 1]))
            {
                (i, point) = (i + 1, true);
            }
            else
            {
                break;
            }
        }

        return ExponentEnd(text, i);
    }

    private static bool IsThousandsGroup(ReadOnlySpan<char> text, int i) =>
        i + 3 <= text.Length && IsDigit(text[i]) && IsDigit(text[i + 1]) && IsDigit(text[i + 2])
        && (i + 3 == text.Length || !IsDigit(text[i + 3]));

    /// <summary>
    /// "1,25 billion", "0,3 GW": a comma before one or two digits (not a thousands group, not a list "1,2,3")
    /// is a decimal comma. Returns how many digits follow it, or 0.
    /// </summary>
    internal static int DecimalCommaDigits(ReadOnlySpan<char> text, int i)
    {
        var n = 0;
        while (i + n < text.Length && IsDigit(text[i + n]))
        {
            n++;
        }

        var after = i + n;
        var list = after + 1 < text.Length && text[after] == ',' && IsDigit(text[after + 1]);
        return n is 1 or 2 && !list ? n : 0;
    }

    private static int ExponentEnd(ReadOnlySpan<char> text, int i)
    {
        if (i >= text.Length || text[i] != 'e')
        {
            return i;
        }

        var j = i + 1 < text.Length && text[i + 1] is '+' or '-' ? i + 2 : i + 1;
        if (j >= text.Length || !IsDigit(text[j]))
        {
            return i;
        }

        while (j < text.Length && IsDigit(text[j]))
        {
            j++;
        }

        return j;
    }
}
