using DealBot.Core.Queries;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace DealBot.Mcp.Tools;

/// <summary><c>compare</c>: deals side by side on one basis.</summary>
public sealed class CompareTool(DealService deals) : DealBotTool(
    "compare",
    "Compare two or more deals on one basis (a measure such as monthly_cost, total, per_mw_month, per_gpu_hour, "
    + "capacity, gpu_count), each with its working and sources.",
    $$"""
    {
      "type": "object",
      "properties": {
        "deals": { "type": "array", "items": { "type": "string" }, "minItems": 2, "description": "Deal ids or names." },
        "basis": { "type": "string", "enum": {{MeasureNames.JsonArray}}, "description": "The measure to compare on; default summary." }
      },
      "required": ["deals"],
      "additionalProperties": false
    }
    """)
{
    protected override ValueTask<CallToolResult> InvokeAsync(ToolArguments arguments, RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken)
    {
        var named = arguments.RequiredStrings("deals").Select(deals.FindDeal).ToList();
        var basis = arguments.String("basis") is { } name ? MeasureNames.Parse(name) : Measure.Summary;
        return ValueTask.FromResult(ToolResults.From(deals.Compare(named, basis)));
    }
}
