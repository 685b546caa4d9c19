using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace DealBot.Mcp.Tools;

/// <summary><c>convert</c>: one of the caller's quantities in another unit.</summary>
public sealed class ConvertTool(DealService deals) : DealBotTool(
    "convert",
    "Convert a quantity with its unit into another unit of the same kind, exactly, with the step shown: '2.5 GW' to "
    + "'MW', '$0.11/kWh' to 'USD/MWh', '$2.35/GPU-hour' to 'USD/GPU-month'. Months are 730 h and years 8,760 h. A "
    + "unit of another kind is refused with the units that fit.",
    """
    {
      "type": "object",
      "properties": {
        "quantity": { "type": "string", "description": "An amount with its unit, e.g. '2.5 GW', '$1.25B a month', '$0.11/kWh'." },
        "to": { "type": "string", "description": "The unit wanted, e.g. 'MW', 'USD/year', 'USD/MWh'." }
      },
      "required": ["quantity", "to"],
      "additionalProperties": false
    }
    """)
{
    protected override ValueTask<CallToolResult> InvokeAsync(ToolArguments arguments, RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ToolResults.From(deals.Convert(arguments.RequiredString("quantity"), arguments.RequiredString("to"))));
}
