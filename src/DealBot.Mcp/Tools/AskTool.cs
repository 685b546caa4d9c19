using DealBot.Mcp.Security;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace DealBot.Mcp.Tools;

/// <summary><c>ask</c>: a free-text question, as in chat; a conversation id keeps context for follow-ups.</summary>
public sealed class AskTool(DealService deals) : DealBotTool(
    "ask",
    "Answer a free-text question about AI compute deals (cost, scale, unit costs, what-ifs, comparisons, the user's own "
    + "compute arithmetic) with the working, assumptions and sources. Pass the same conversation id to ask follow-ups "
    + "such as 'and per year?'.",
    """
    {
      "type": "object",
      "properties": {
        "question": { "type": "string", "description": "The question, e.g. 'how much will anthropic pay xai in total?'" },
        "conversation": { "type": "string", "description": "Optional id of a conversation; follow-ups with the same id keep its context." }
      },
      "required": ["question"],
      "additionalProperties": false
    }
    """)
{
    protected override async ValueTask<CallToolResult> InvokeAsync(ToolArguments arguments, RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken)
    {
        var caller = request.User?.Identity?.Name ?? ApiKeyAuthenticationHandler.LocalCaller;
        var answer = await deals.AskAsync(arguments.RequiredString("question"), arguments.String("conversation"), caller, cancellationToken).ConfigureAwait(false);
        return ToolResults.From(answer);
    }
}
