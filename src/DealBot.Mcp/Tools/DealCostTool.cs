using DealBot.Core.Queries;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace DealBot.Mcp.Tools;

/// <summary><c>deal_cost</c>: a deal's spend over a window (to term, so far, remaining, a calendar year, a month range).</summary>
public sealed class DealCostTool(DealService deals) : DealBotTool(
    "deal_cost",
    "A deal's spend over a window, with the range the sources allow, the arithmetic and the sources. Windows: "
    + "to_term (start to stated end, the default), so_far (through this month), remaining (after this month), "
    + "year (a calendar year: give 'year'), months (give 'from' and 'to' as YYYY-MM, both included).",
    """
    {
      "type": "object",
      "properties": {
        "deal": { "type": "string", "description": "The deal's id or name." },
        "window": { "type": "string", "enum": ["to_term", "so_far", "remaining", "year", "months"], "description": "The span of billed months; default to_term." },
        "year": { "type": "integer", "description": "For window=year: the calendar year, e.g. 2027." },
        "from": { "type": "string", "description": "For window=months: the first month, YYYY-MM." },
        "to": { "type": "string", "description": "For window=months: the last month, YYYY-MM (included)." }
      },
      "required": ["deal"],
      "additionalProperties": false
    }
    """)
{
    protected override ValueTask<CallToolResult> InvokeAsync(ToolArguments arguments, RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken)
    {
        var deal = deals.FindDeal(arguments.RequiredString("deal"));
        return ValueTask.FromResult(ToolResults.From(deals.Cost(deal, WindowOf(arguments))));
    }

    private static Window WindowOf(ToolArguments arguments) => (arguments.String("window") ?? "to_term") switch
    {
        "to_term" => Window.ToTerm,
        "so_far" => new Window(WindowKind.SoFar),
        "remaining" => new Window(WindowKind.Remaining),
        "year" => arguments.Integer("year") is { } year and >= 1900 and <= 2200
            ? new Window(WindowKind.Between, new(year, 1), new(year, 12))
            : throw new DealInputException("window=year needs 'year', a calendar year such as 2027."),
        "months" => arguments.Month("from") is { } from && arguments.Month("to") is { } to
            ? (from <= to ? new Window(WindowKind.Between, from, to) : throw new DealInputException("'from' must not be after 'to'."))
            : throw new DealInputException("window=months needs 'from' and 'to' as YYYY-MM."),
        var other => throw new DealInputException($"Unknown window '{other}'. Windows: to_term, so_far, remaining, year, months."),
    };
}
