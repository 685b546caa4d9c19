namespace DealBot.Core.Catalog;

/// <summary>A catalog file that cannot be used; the message names the entry and the field.</summary>
public sealed class CatalogException(string message) : Exception(message);
