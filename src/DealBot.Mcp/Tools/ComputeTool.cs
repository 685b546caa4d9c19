using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace DealBot.Mcp.Tools;

/// <summary><c>compute</c>: the caller's quantities combined by dimensional analysis into the unit asked for.</summary>
public sealed class ComputeTool(DealService deals) : DealBotTool(
    "compute",
    "Combine your own quantities into the unit you ask for by dimensional analysis, each used exactly once, with the "
    + "arithmetic shown: ['900 GPUs', '1 kW/GPU'] to 'MW'; ['100 MW', '$0.08/kWh'] to 'USD/year'; ['$1B', "
    + "'$2/GPU-hour'] to 'GPU-hours'. When no product or quotient fits, the answer says so.",
    """
    {
      "type": "object",
      "properties": {
        "quantities": { "type": "array", "items": { "type": "string" }, "minItems": 1, "maxItems": 6, "description": "Amounts with units, e.g. ['900 GPUs', '1 kW/GPU']." },
        "to": { "type": "string", "description": "The unit of the result, e.g. 'MW', 'USD/month', 'GPU-hours'." }
      },
      "required": ["quantities", "to"],
      "additionalProperties": false
    }
    """)
{
    protected override ValueTask<CallToolResult> InvokeAsync(ToolArguments arguments, RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ToolResults.From(deals.Compute(arguments.RequiredStrings("quantities"), arguments.RequiredString("to"))));
}
