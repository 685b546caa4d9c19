using DealBot.Chat.Rendering;
using DealBot.Mcp.Json;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace DealBot.Mcp.Tools;

/// <summary><c>deal</c>: one deal's sourced facts, the figures that conflict with them, and its overview.</summary>
public sealed class DealTool(DealService deals) : DealBotTool(
    "deal",
    "One deal's sourced facts (fee, total value, term, power, GPUs, hardware, location, termination), the figures "
    + "that conflict with them, and an overview with working and sources. Unknown names get the closest deals.",
    """
    {
      "type": "object",
      "properties": {
        "deal": { "type": "string", "description": "The deal's id or name, e.g. 'anthropic-xai' or 'Anthropic–xAI'." }
      },
      "required": ["deal"],
      "additionalProperties": false
    }
    """)
{
    protected override ValueTask<CallToolResult> InvokeAsync(ToolArguments arguments, RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken)
    {
        var deal = deals.FindDeal(arguments.RequiredString("deal"));
        var summary = deals.Summary(deal);
        var result = ToolResults.Of(
            AnswerRenderer.Render(summary, TextStyle.Plain),
            json => DealJson.WriteDeal(json, deals.Catalog, deal, deals.StatusOf(deal), summary));
        return ValueTask.FromResult(result);
    }
}
