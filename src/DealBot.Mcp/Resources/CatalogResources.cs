using DealBot.Mcp.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace DealBot.Mcp.Resources;

/// <summary>
/// The resources: the whole catalog (<c>dealbot://catalog</c>), each deal with its facts and sources
/// (<c>dealbot://deals/{id}</c>), and the conventions every answer follows (<c>dealbot://conventions</c>).
/// </summary>
public sealed class CatalogResources(DealService deals)
{
    private const string Json = "application/json";

    public ValueTask<ListResourcesResult> ListAsync(RequestContext<ListResourcesRequestParams> request, CancellationToken cancellationToken)
    {
        List<Resource> resources =
        [
            new() { Uri = CatalogUris.Catalog, Name = "catalog", Title = "DealBot catalog", MimeType = Json, Description = "Every deal with its status and sources." },
            new() { Uri = CatalogUris.Conventions, Name = "conventions", Title = "DealBot conventions", MimeType = "text/markdown", Description = "How answers count months, hours, ranges and units." },
            .. deals.Catalog.Deals.Select(d => new Resource
            {
                Uri = CatalogUris.Deal(d.Id),
                Name = d.Id,
                Title = d.Name,
                MimeType = Json,
                Description = d.Summary,
            }),
        ];
        return ValueTask.FromResult(new ListResourcesResult { Resources = resources });
    }

    public ValueTask<ReadResourceResult> ReadAsync(RequestContext<ReadResourceRequestParams> request, CancellationToken cancellationToken)
    {
        var uri = request.Params?.Uri ?? "";
        var contents = uri switch
        {
            CatalogUris.Catalog => Text(uri, Json, JsonBytes.Text(json => DealJson.WriteList(json, deals.Catalog, deals.ListDeals(null, null)))),
            CatalogUris.Conventions => Text(uri, "text/markdown", ConventionsDocument.Text),
            _ when uri.StartsWith(CatalogUris.DealPrefix, StringComparison.Ordinal) => DealContents(uri),
            _ => throw new McpProtocolException($"Unknown resource '{uri}'. Resources: {CatalogUris.Catalog}, {CatalogUris.Conventions}, {CatalogUris.DealPrefix}{{id}}.", McpErrorCode.ResourceNotFound),
        };
        return ValueTask.FromResult(new ReadResourceResult { Contents = [contents] });
    }

    private TextResourceContents DealContents(string uri)
    {
        try
        {
            var deal = deals.FindDeal(uri[CatalogUris.DealPrefix.Length..]);
            return Text(uri, Json, JsonBytes.Text(json => DealJson.WriteDeal(json, deals.Catalog, deal, deals.StatusOf(deal), deals.Summary(deal))));
        }
        catch (DealInputException e)
        {
            throw new McpProtocolException(e.Message, McpErrorCode.ResourceNotFound);
        }
    }

    private static TextResourceContents Text(string uri, string mimeType, string text) => new() { Uri = uri, MimeType = mimeType, Text = text };
}
