using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace DealBot.Mcp.Tools;

/// <summary><c>unit_cost</c>: a deal's cost per a unit the caller names.</summary>
public sealed class UnitCostTool(DealService deals) : DealBotTool(
    "unit_cost",
    "A deal's cost per a unit you name: per MWh, per kWh, per GPU-hour, per GPU-month, per MW-month, per kW-month, per "
    + "month, per year. Computed from the deal's sourced fee, power and GPUs, with the arithmetic shown.",
    """
    {
      "type": "object",
      "properties": {
        "deal": { "type": "string", "description": "The deal's id or name." },
        "unit": { "type": "string", "description": "What the cost is per: 'MWh', 'GPU-hour', 'kW-month', or a full unit such as 'USD/MWh'." }
      },
      "required": ["deal", "unit"],
      "additionalProperties": false
    }
    """)
{
    protected override ValueTask<CallToolResult> InvokeAsync(ToolArguments arguments, RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken)
    {
        var deal = deals.FindDeal(arguments.RequiredString("deal"));
        return ValueTask.FromResult(ToolResults.From(deals.UnitCost(deal, arguments.RequiredString("unit"))));
    }
}
