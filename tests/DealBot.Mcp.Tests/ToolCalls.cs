namespace DealBot.Mcp.Tests;

/// <summary>One call of every tool, with arguments that must succeed, and the property its JSON must carry.</summary>
public static class ToolCalls
{
    public static readonly string[] ToolNames =
        ["ask", "list_deals", "deal", "deal_cost", "unit_cost", "compare", "what_if", "convert", "compute"];

    public static TheoryData<string, string, Dictionary<string, object?>> Each => new()
    {
        { "ask", "value", new() { ["question"] = "how much will anthropic pay xai in total?" } },
        { "list_deals", "deals", new() { ["party"] = "anthropic" } },
        { "deal", "facts", new() { ["deal"] = "anthropic-xai" } },
        { "deal_cost", "value", new() { ["deal"] = "anthropic-xai", ["window"] = "year", ["year"] = 2027 } },
        { "deal_cost", "value", new() { ["deal"] = "Anthropic–xAI", ["window"] = "months", ["from"] = "2027-01", ["to"] = "2027-06" } },
        { "deal_cost", "value", new() { ["deal"] = "anthropic-xai", ["window"] = "remaining" } },
        { "unit_cost", "value", new() { ["deal"] = "anthropic-xai", ["unit"] = "kW-month" } },
        { "unit_cost", "value", new() { ["deal"] = "anthropic-xai", ["unit"] = "MWh" } },
        { "compare", "compared", new() { ["deals"] = new[] { "anthropic-xai", "anthropic-akamai" }, ["basis"] = "monthly_cost" } },
        { "what_if", "value", new() { ["deal"] = "anthropic-xai", ["monthly_fee_usd"] = 1_000_000_000 } },
        { "convert", "value", new() { ["quantity"] = "2.5 GW", ["to"] = "MW" } },
        { "compute", "value", new() { ["quantities"] = new[] { "900 GPUs", "1 kW/GPU" }, ["to"] = "MW" } },
    };

    /// <summary>Calls that must fail as tool errors, and a phrase the message must hold.</summary>
    public static TheoryData<string, string, Dictionary<string, object?>> Bad => new()
    {
        { "deal", "Closest: Anthropic–xAI", new() { ["deal"] = "antropic xai" } },
        { "deal", "Missing argument 'deal'", new() },
        { "deal_cost", "window=year needs 'year'", new() { ["deal"] = "anthropic-xai", ["window"] = "year" } },
        { "deal_cost", "must be a month as YYYY-MM", new() { ["deal"] = "anthropic-xai", ["window"] = "months", ["from"] = "Jan", ["to"] = "2027-06" } },
        { "unit_cost", "not a unit DealBot knows", new() { ["deal"] = "anthropic-xai", ["unit"] = "furlong" } },
        { "convert", "Units that fit: W, kW, MW, GW, TW", new() { ["quantity"] = "2.5 GW", ["to"] = "MWh" } },
        { "compare", "Unknown measure 'cheapness'", new() { ["deals"] = new[] { "anthropic-xai", "anthropic-akamai" }, ["basis"] = "cheapness" } },
        { "what_if", "needs at least one change", new() { ["deal"] = "anthropic-xai" } },
        { "list_deals", "Unknown argument 'colour'", new() { ["colour"] = "red" } },
        { "ask", "must be a string", new() { ["question"] = 42 } },
        { "ask", "at most 128 characters", new() { ["question"] = "and per year?", ["conversation"] = new string('c', 129) } },
    };
}
