namespace DealBot.Core.Catalog;

/// <summary>A sourced statement that is not a number (termination terms, conflicting descriptions).</summary>
public sealed record TextFact(string Text, string SourceId);
