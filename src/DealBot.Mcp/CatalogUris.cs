namespace DealBot.Mcp;

/// <summary>The MCP resource addresses: the whole catalog, each deal, and the conventions document.</summary>
public static class CatalogUris
{
    public const string Catalog = "dealbot://catalog";
    public const string Conventions = "dealbot://conventions";
    public const string DealPrefix = "dealbot://deals/";

    public static string Deal(string id) => DealPrefix + id;
}
