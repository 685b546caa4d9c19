using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace DealBot.Redis;

/// <summary>
/// Binds the Redis section by hand, so a value that cannot be read (or a key that is not a Redis setting) becomes one
/// sentence that <see cref="RedisOptionsValidator"/> reports at start-up instead of an exception at first use.
/// </summary>
internal sealed class RedisOptionsSetup(IConfigurationSection section) : IConfigureOptions<RedisOptions>
{
    public static readonly string[] Known =
        [nameof(RedisOptions.Configuration), nameof(RedisOptions.KeyPrefix), nameof(RedisOptions.DeliveryWindow), nameof(RedisOptions.MessageBudget)];

    public void Configure(RedisOptions options)
    {
        foreach (var unknown in section.GetChildren().Where(c => !Known.Contains(c.Key, StringComparer.OrdinalIgnoreCase)))
        {
            options.BindingProblems.Add($"{Key(unknown.Key)} is not a Redis setting (known: {string.Join(", ", Known)}).");
        }

        options.Configuration = Value(nameof(options.Configuration));
        options.KeyPrefix = Value(nameof(options.KeyPrefix)) ?? options.KeyPrefix;
        options.DeliveryWindow = Span(nameof(options.DeliveryWindow), "01:00:00", options) ?? options.DeliveryWindow;
        options.MessageBudget = Span(nameof(options.MessageBudget), "00:00:00.250", options) ?? options.MessageBudget;
    }

    private TimeSpan? Span(string key, string example, RedisOptions options)
    {
        if (Value(key) is not { } text)
        {
            return null;
        }

        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        options.BindingProblems.Add($"{Key(key)} must be a time span such as {example}, not '{text}'.");
        return null;
    }

    private string? Value(string key) => section[key] is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    internal static string Key(string name) => $"{RedisOptions.Section}:{name}";
}
