namespace DealBot.Core.Units;

/// <summary>A product of terms, each to the power +1 or −1, and its result.</summary>
public sealed record Composition(IReadOnlyList<(Term Term, int Exponent)> Factors, Quantity Result)
{
    public IEnumerable<Term> Facts => Factors.Where(f => !f.Term.Given).Select(f => f.Term);
}
