using DealBot.Discord.Json;

namespace DealBot.Discord.Commands;

/// <summary>
/// DealBot's slash commands. Every option is optional except /ask's question: each command gives a useful answer
/// without options. Deal options autocomplete from the catalog (<see cref="DealAutocomplete"/>).
/// </summary>
internal static class ApplicationCommands
{
    public const int ChatInput = 1;
    public const int StringOption = 3;
    public const int IntegerOption = 4;
    public const int BooleanOption = 5;
    public const int NumberOption = 10;

    public const string Deal = "deal";
    public const string Compare = "compare";
    public const string WhatIf = "whatif";
    public const string Ask = "ask";

    /// <summary>The option every command takes to draw its answer too.</summary>
    public const string ChartOption = "chart";

    /// <summary>The bases /compare offers: option value = the words the question parser understands.</summary>
    public static readonly IReadOnlyList<(string Name, string Value)> Bases =
        [("Total to term", "total"), ("Per year", "per year"), ("Per MW-year", "per MW-year"), ("Per GPU-hour", "per GPU-hour")];

    public static List<JsonApplicationCommand> All() =>
    [
        Command(Deal, "A deal's summary, or one figure of it (total, per MW-year, per GPU-hour…)",
            DealOption("deal", "The deal (default: the best-known one)"),
            Text("question", "What to ask about it, e.g. \"total\", \"per MW-year\" or \"end date\""),
            Chart()),
        Command(Compare, "Compare two deals on one basis",
            DealOption("deal1", "The first deal (default: the best-known one)"),
            DealOption("deal2", "The second deal"),
            Basis(),
            Chart()),
        Command(WhatIf, "A deal with its fee, power, end or GPU count changed, next to the original",
            DealOption("deal", "The deal (default: the best-known one)"),
            Text("monthly_fee", "Monthly fee, e.g. $1B"),
            new JsonCommandOption { Type = NumberOption, Name = "power_mw", Description = "Power in megawatts", MinValue = 0 },
            Text("end", "Last month, e.g. May 2028"),
            new JsonCommandOption { Type = IntegerOption, Name = "gpus", Description = "Number of GPUs", MinValue = 1 },
            Chart()),
        Command(Ask, "Ask DealBot anything about AI compute deals",
            new JsonCommandOption { Type = StringOption, Name = "question", Description = "Your question, e.g. how much will anthropic pay xai?", Required = true },
            Chart()),
    ];

    private static JsonApplicationCommand Command(string name, string description, params JsonCommandOption[] options) =>
        new() { Type = ChatInput, Name = name, Description = description, Options = [.. options] };

    private static JsonCommandOption DealOption(string name, string description) =>
        new() { Type = StringOption, Name = name, Description = description, Autocomplete = true };

    private static JsonCommandOption Text(string name, string description) =>
        new() { Type = StringOption, Name = name, Description = description };

    private static JsonCommandOption Chart() =>
        new() { Type = BooleanOption, Name = ChartOption, Description = "Also draw the answer as a chart (spend over time, or side by side)" };

    private static JsonCommandOption Basis() => new()
    {
        Type = StringOption,
        Name = "basis",
        Description = "What to compare (default: total to term)",
        Choices = Bases.Select(b => new JsonCommandChoice { Name = b.Name, Value = b.Value }).ToList(),
    };
}
