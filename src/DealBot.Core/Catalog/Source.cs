namespace DealBot.Core.Catalog;

/// <summary>Where a fact comes from: a page that was read, with its date and how firm it is.</summary>
public sealed record Source(string Id, string Title, string Url, DateOnly Date, FactStatus Status);
