namespace DealBot.Core.Answers;

/// <summary>Deals set side by side on one basis ("per GPU-hour", "total to term"), in the order they were asked.</summary>
public sealed record DealComparison(string Basis, IReadOnlyList<ComparedDeal> Deals);
