using DealBot.Core.Catalog;
using DealBot.Core.Queries;
using DealBot.Language.Entities;
using DealBot.Language.Intents;
using DealBot.Language.Months;
using DealBot.Language.Suggestions;
using DealBot.Language.Tokens;
using DealBot.Language.Units;
using DealBot.Language.Vocabulary;
using DealBot.Language.WhatIf;
using DealBot.Language.Windows;

namespace DealBot.Language;

/// <summary>
/// Understands a chat message about compute deals as a <see cref="DealQuery"/>. Built once per catalog
/// (alias tables are precomputed); immutable afterwards, so one instance serves every thread.
/// Parsing works on the stack and allocates little more than the query it returns.
/// </summary>
public sealed class QuestionParser
{
    /// <summary>Longer messages are pastes, not questions.</summary>
    public const int MaxLength = 2_000;

    // A real question has a few dozen tokens; past this many the rest is ignored.
    private const int MaxTokens = 256;

    private readonly DealResolver _resolver;
    private readonly QueryBuilder _builder;

    public QuestionParser(DealCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _resolver = new DealResolver(catalog);
        _builder = new QueryBuilder(catalog, new SuggestionBook(catalog));
    }

    /// <summary>
    /// Reads <paramref name="text"/>, as a follow-up to <paramref name="previous"/> when given. Never throws:
    /// anything not understood comes back as <see cref="QueryKind.Unknown"/> with a problem and suggestions.
    /// </summary>
    public DealQuery Parse(string? text, DealQuery? previous = null)
    {
        try
        {
            return ParseUnguarded(text, previous);
        }
        catch (Exception)
        {
            // A chat bot must answer every message. The fuzz tests run ParseUnguarded to keep this net unused.
            return _builder.Unknown(LanguageMessages.NotUnderstood);
        }
    }

    internal DealQuery ParseUnguarded(string? text, DealQuery? previous)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return _builder.Unknown(LanguageMessages.EmptyQuestion);
        }

        if (text.Length > MaxLength)
        {
            return _builder.Unknown(LanguageMessages.TooLong);
        }

        Span<char> clean = stackalloc char[text.Length];
        ChatNoise.Clean(text, clean);
        Span<Token> tokens = stackalloc Token[Math.Min(MaxTokens, text.Length)];
        var s = new Sentence { Text = clean, Tokens = tokens };
        s.Count = Tokenizer.Tokenize(clean, tokens);
        if (s.Count == 0)
        {
            // Only a mention, a greeting's emoji or a bare command: the user wants to know what the bot does.
            return _builder.Help;
        }

        var reading = Read(ref s);
        return _builder.Build(reading, previous);
    }

    /// <summary>
    /// Runs the readers in order. Each uses up the tokens it explains, so later readers see only the rest:
    /// "$1B a month" is a fee before "a month" can ask for the monthly cost, and "ended in May 2028" is a
    /// what-if change before "in May 2028" can be a window.
    /// </summary>
    private Reading Read(ref Sentence s)
    {
        _resolver.Tag(ref s);
        var r = new Reading { Cues = CueDetector.Detect(ref s) };
        var quantities = new QuantityList();
        r.Problem = QuantityReader.Read(ref s, ref quantities);
        if (Phrases.Cancels(ref s) || s.Has(Word.Minimum))
        {
            r.NoticeNamed = NoticeDateReader.TryRead(ref s, out r.NoticeDate);
        }

        if (r.Has(Cues.WhatIf | Cues.If))
        {
            r.Changes = ChangeReader.Read(ref s, quantities);
        }

        r.Window = WindowReader.Read(ref s, out var reversed);
        r.Problem ??= reversed ? LanguageMessages.ReversedWindow : null;
        _resolver.Pick(ref s, ref r.Deals, out var hardware);
        r.Parameters = ParameterReader.Read(quantities, hardware);
        var context = new MeasureContext(
            DealNamed: r.Deals.Count > 0,
            NoticeNamed: r.NoticeNamed,
            HasWindow: r.Window is not null,
            WindowToTerm: r.Window?.Kind == WindowKind.ToTerm,
            HasFlops: r.Parameters.TrainingFlops is not null,
            HasPower: r.Parameters.Power is not null,
            HasElectricityPrice: r.Parameters.ElectricityPricePerKwh is not null);
        r.Measure = MeasureDetector.Detect(ref s, context);
        if (r.Deals.Count == 0)
        {
            r.Correction = Corrections.Find(ref s, _resolver.Aliases, _builder.Suggestions);
        }

        return r;
    }
}
