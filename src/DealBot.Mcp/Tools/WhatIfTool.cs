using DealBot.Core.Quantities;
using DealBot.Core.Queries;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace DealBot.Mcp.Tools;

/// <summary><c>what_if</c>: a deal with changed parameters, next to the original.</summary>
public sealed class WhatIfTool(DealService deals) : DealBotTool(
    "what_if",
    "A deal with one or more parameters changed (monthly fee, a fee factor, power, GPUs, start, end, term), shown "
    + "next to the original on a measure (default: the one the change moves: total for fee and dates, per MW-year "
    + "for power, per GPU-hour for GPUs).",
    $$"""
    {
      "type": "object",
      "properties": {
        "deal": { "type": "string", "description": "The deal's id or name." },
        "monthly_fee_usd": { "type": "number", "description": "A new monthly fee in US dollars, e.g. 1000000000." },
        "fee_factor": { "type": "number", "description": "The fee times this: 0.8 is 20% less, 1.1 is 10% more." },
        "power_mw": { "type": "number", "description": "A new power in MW." },
        "gpus": { "type": "number", "description": "A new GPU count." },
        "start": { "type": "string", "description": "A new first billed month, YYYY-MM." },
        "end": { "type": "string", "description": "A new last billed month, YYYY-MM." },
        "term_months": { "type": "integer", "description": "A new term in billed months from the deal's start." },
        "measure": { "type": "string", "enum": {{MeasureNames.JsonArray}}, "description": "What to show; default the change's natural measure." }
      },
      "required": ["deal"],
      "additionalProperties": false
    }
    """)
{
    protected override ValueTask<CallToolResult> InvokeAsync(ToolArguments arguments, RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken)
    {
        var deal = deals.FindDeal(arguments.RequiredString("deal"));
        var changes = new DealChanges
        {
            MonthlyFee = arguments.Number("monthly_fee_usd") is { } fee ? Money.FromUsd(fee) : null,
            FeeFactor = arguments.Number("fee_factor"),
            Power = arguments.Number("power_mw") is { } mw ? Power.FromMegawatts(mw) : null,
            Gpus = arguments.Number("gpus"),
            Start = arguments.Month("start"),
            End = arguments.Month("end"),
            TermMonths = arguments.Integer("term_months"),
        };
        var measure = arguments.String("measure") is { } name ? MeasureNames.Parse(name) : (Measure?)null;
        return ValueTask.FromResult(ToolResults.From(deals.WhatIf(deal, changes, measure)));
    }
}
