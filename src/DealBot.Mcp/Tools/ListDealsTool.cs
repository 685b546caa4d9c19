using DealBot.Mcp.Json;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace DealBot.Mcp.Tools;

/// <summary><c>list_deals</c>: the catalog's deals, optionally of one party or status, each with its sources.</summary>
public sealed class ListDealsTool(DealService deals) : DealBotTool(
    "list_deals",
    "List the AI compute deals DealBot knows, with their parties, dates, status and sources. Filter by a party "
    + "(buyer or seller, e.g. 'anthropic', 'Microsoft') and by status (upcoming, active, ended, undated).",
    """
    {
      "type": "object",
      "properties": {
        "party": { "type": "string", "description": "A company, buyer or seller: 'anthropic', 'xAI', 'Microsoft'." },
        "status": { "type": "string", "enum": ["upcoming", "active", "ended", "undated"], "description": "Where the deal stands today." }
      },
      "additionalProperties": false
    }
    """)
{
    protected override ValueTask<CallToolResult> InvokeAsync(ToolArguments arguments, RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken)
    {
        var list = deals.ListDeals(arguments.String("party"), arguments.String("status"));
        var text = list.Count == 0
            ? "No deal matches."
            : string.Join('\n', list.Select(x => $"- {x.Deal.Name} ({x.Deal.Id}): {x.Status}, {x.Deal.Start?.ToString() ?? "start undisclosed"} to {x.Deal.End?.ToString() ?? "end undisclosed"}"));
        return ValueTask.FromResult(ToolResults.Of(text, json => DealJson.WriteList(json, deals.Catalog, list)));
    }
}
