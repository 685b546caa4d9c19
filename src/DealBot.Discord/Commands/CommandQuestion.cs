using System.Text.Json;
using DealBot.Core.Catalog;
using DealBot.Discord.Json;

namespace DealBot.Discord.Commands;

/// <summary>
/// Turns a slash command's options into question text for the shared pipeline, e.g. /compare deal1:anthropic-xai
/// deal2:openai-oracle basis:per MW-year → "compare anthropic-xai and openai-oracle per MW-year". Missing options get
/// defaults, so every command answers something useful: /deal alone summarises the best-known deal.
/// </summary>
internal static class CommandQuestion
{
    public static string From(JsonInteractionData data, DealCatalog catalog)
    {
        var options = data.Options ?? [];
        string? Get(string name) => Value(options.Find(o => o.Name == name));
        var defaultDeal = catalog.DefaultDeal.Id;
        return data.Name switch
        {
            ApplicationCommands.Ask => Get("question") ?? "help",
            ApplicationCommands.Deal => (Get("deal"), Get("question")) switch
            {
                (null, null) => defaultDeal,
                (null, { } question) => question,
                ({ } deal, null) => deal,
                ({ } deal, { } question) => $"{deal} {question}",
            },
            ApplicationCommands.Compare => Compare(Get("deal1") ?? defaultDeal, Get("deal2"), Get("basis") ?? "total", catalog),
            ApplicationCommands.WhatIf => WhatIf(Get("deal") ?? defaultDeal, Get("monthly_fee"), Get("power_mw"), Get("end"), Get("gpus")),
            _ => data.Name,
        };
    }

    /// <summary>True when the command's <c>chart</c> option is set to true.</summary>
    public static bool WantsChart(JsonInteractionData data) =>
        data.Options?.Find(o => o.Name == ApplicationCommands.ChartOption)?.Value is { ValueKind: JsonValueKind.True };

    /// <summary>The option's value as text; blank counts as missing.</summary>
    public static string? Value(JsonInteractionOption? option)
    {
        if (option?.Value is not { } value)
        {
            return null;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private static string Compare(string first, string? second, string basis, DealCatalog catalog)
    {
        // With one deal given, compare it with the best-known other one.
        second ??= catalog.Deals.First(d => !string.Equals(d.Id, first, StringComparison.OrdinalIgnoreCase)).Id;
        return $"compare {first} and {second} {basis}";
    }

    private static string WhatIf(string deal, string? fee, string? powerMw, string? end, string? gpus)
    {
        var changes = new List<string>();
        if (fee is not null)
        {
            changes.Add($"were {fee} a month");
        }

        if (powerMw is not null)
        {
            changes.Add($"were {powerMw} MW");
        }

        if (end is not null)
        {
            changes.Add($"ended in {end}");
        }

        if (gpus is not null)
        {
            changes.Add($"had {gpus} GPUs");
        }

        // No change given: the deal's own figures are the useful answer.
        return changes.Count == 0 ? deal : $"what if {deal} {string.Join(", ", changes)}";
    }
}
