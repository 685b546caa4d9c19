using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace DealBot.Options;

/// <summary>
/// Checks the DealBot section at start-up; each problem is one sentence that names the key and says what is allowed.
/// A key DealBot does not know (a typo such as CatalogPth) is a problem too, so a setting is never silently ignored.
/// </summary>
public sealed class DealBotOptionsValidator(IConfiguration configuration) : IValidateOptions<DealBotOptions>
{
    private static readonly string[] Known =
        [nameof(DealBotOptions.CatalogPath), nameof(DealBotOptions.DefaultDeal), nameof(DealBotOptions.ConversationMinutes), nameof(DealBotOptions.RateLimitPerMinute), nameof(DealBotOptions.RateLimitBurst)];

    public const int MaxConversationMinutes = 7 * 24 * 60;
    public const int MaxRateLimitPerMinute = 10_000;
    public const int MaxRateLimitBurst = 1_000;

    public ValidateOptionsResult Validate(string? name, DealBotOptions options)
    {
        var problems = new List<string>();
        foreach (var unknown in configuration.GetSection(DealBotOptions.Section).GetChildren().Where(c => !Known.Contains(c.Key, StringComparer.OrdinalIgnoreCase)))
        {
            problems.Add($"{Key(unknown.Key)} is not a DealBot setting (known: {string.Join(", ", Known)}).");
        }

        if (!string.IsNullOrWhiteSpace(options.CatalogPath) && !File.Exists(options.CatalogPath))
        {
            problems.Add($"{Key(nameof(options.CatalogPath))}: there is no file '{options.CatalogPath}' "
                + $"(relative paths start at {Directory.GetCurrentDirectory()}; leave it empty for the built-in catalog).");
        }

        Range(problems, nameof(options.ConversationMinutes), options.ConversationMinutes, 1, MaxConversationMinutes, "minutes");
        Range(problems, nameof(options.RateLimitPerMinute), options.RateLimitPerMinute, 1, MaxRateLimitPerMinute, "questions a minute");
        Range(problems, nameof(options.RateLimitBurst), options.RateLimitBurst, 1, MaxRateLimitBurst, "questions");
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void Range(List<string> problems, string name, int value, int min, int max, string unit)
    {
        if (value < min || value > max)
        {
            problems.Add($"{Key(name)} must be between {min:N0} and {max:N0} {unit}, not {value:N0}.");
        }
    }

    private static string Key(string property) => $"{DealBotOptions.Section}:{property}";
}
