using DealBot.Core.Queries;

namespace DealBot.Mcp;

/// <summary>The measures callers name, in snake case: <c>monthly_cost</c>, <c>per_mw_month</c>, <c>total</c>.</summary>
public static class MeasureNames
{
    public static IReadOnlyList<string> All { get; } = Enum.GetValues<Measure>().Select(Name).ToArray();

    /// <summary>The names as a JSON array, for the tools' input schemas.</summary>
    public static string JsonArray { get; } = "[" + string.Join(", ", All.Select(m => $"\"{m}\"")) + "]";

    public static string Name(Measure measure)
    {
        var pascal = measure.ToString();
        var snake = new System.Text.StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i]))
            {
                snake.Append('_');
            }

            snake.Append(char.ToLowerInvariant(pascal[i]));
        }

        return snake.ToString();
    }

    /// <exception cref="DealInputException">No measure has that name; the message lists them.</exception>
    public static Measure Parse(string name) =>
        Enum.TryParse<Measure>(name.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var measure) && Enum.IsDefined(measure)
            ? measure
            : throw new DealInputException($"Unknown measure '{name}'. Measures: {string.Join(", ", All)}.");
}
