namespace DealBot.Core.Catalog;

/// <summary>A sourced reference value such as a household's yearly electricity use or a market GPU-hour price.</summary>
public sealed record Reference(string Id, string Name, string Unit, Fact Fact);
