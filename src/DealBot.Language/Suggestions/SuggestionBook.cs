using System.Globalization;
using System.Text;
using DealBot.Core.Catalog;

namespace DealBot.Language.Suggestions;

/// <summary>
/// Example questions to offer when a question was not understood, written from the catalog in hand
/// (its default deal and parties), plus "did you mean" corrections of a misspelt name.
/// </summary>
internal sealed class SuggestionBook
{
    private const int MaxSuggestions = 4;

    public SuggestionBook(DealCatalog catalog)
    {
        var deal = catalog.DefaultDeal;
        var other = catalog.Deals.FirstOrDefault(d => d.Id != deal.Id);
        List<string> examples =
        [
            Format(LanguageMessages.ExampleTotalFormat, CompanyName(catalog, deal.Buyer), CompanyName(catalog, deal.Seller)),
            Format(LanguageMessages.ExamplePerMwFormat, deal.Name),
        ];

        if (other is not null)
        {
            examples.Add(Format(LanguageMessages.ExampleCompareFormat, deal.Name, other.Name));
        }

        examples.Add(LanguageMessages.ExampleCompute);

        // Every Unknown query shares this list, so it must be read-only.
        Examples = examples.AsReadOnly();
    }

    /// <summary>Three or four example questions, each one the parser understands.</summary>
    public IReadOnlyList<string> Examples { get; }

    /// <summary>"Did you mean …" with <paramref name="alias"/> in place of the word at <paramref name="start"/>, then examples.</summary>
    public IReadOnlyList<string> WithCorrection(ReadOnlySpan<char> text, int start, int length, string alias)
    {
        var corrected = new StringBuilder(text.Length + alias.Length);
        AppendCollapsed(corrected, text[..start]);
        corrected.Append(alias);
        AppendCollapsed(corrected, text[(start + length)..]);
        var suggestions = new List<string>(MaxSuggestions) { Format(LanguageMessages.DidYouMeanFormat, corrected.ToString().Trim()) };
        for (var i = 0; i < Examples.Count && suggestions.Count < MaxSuggestions; i++)
        {
            suggestions.Add(Examples[i]);
        }

        return suggestions;
    }

    /// <summary>Appends text with runs of whitespace (left where chat markup was removed) made single spaces.</summary>
    private static void AppendCollapsed(StringBuilder builder, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c) || char.IsControl(c);
            if (!space || (builder.Length > 0 && builder[^1] != ' '))
            {
                builder.Append(space ? ' ' : c);
            }
        }
    }

    private static string CompanyName(DealCatalog catalog, string id) =>
        catalog.Companies.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase))?.Name ?? id;

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
