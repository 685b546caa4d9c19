using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DealBot.Redis;

/// <summary>
/// Checks the Redis section at start-up; each problem is one sentence naming the key. The configuration string is
/// never quoted back, because it may hold a password.
/// </summary>
internal sealed class RedisOptionsValidator : IValidateOptions<RedisOptions>
{
    public const int MaxKeyPrefixLength = 64;
    public static readonly TimeSpan MinDeliveryWindow = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan MaxDeliveryWindow = TimeSpan.FromDays(7);
    public static readonly TimeSpan MinMessageBudget = TimeSpan.FromMilliseconds(10);

    /// <summary>Slack and Discord want a reply within 3 s: the budget leaves most of that to answering and sending.</summary>
    public static readonly TimeSpan MaxMessageBudget = TimeSpan.FromSeconds(1);

    public ValidateOptionsResult Validate(string? name, RedisOptions options)
    {
        var problems = new List<string>(options.BindingProblems);
        if (!string.IsNullOrWhiteSpace(options.Configuration) && !Parses(options.Configuration))
        {
            problems.Add($"{RedisOptionsSetup.Key(nameof(options.Configuration))} is not a StackExchange.Redis configuration string with at least one "
                + "host:port (e.g. redis:6379,password=…); the value is not shown because it may hold a password.");
        }

        if (options.KeyPrefix.Length > MaxKeyPrefixLength || options.KeyPrefix.Any(char.IsWhiteSpace))
        {
            problems.Add($"{RedisOptionsSetup.Key(nameof(options.KeyPrefix))} must be at most {MaxKeyPrefixLength} characters with no spaces, "
                + $"not '{options.KeyPrefix}'.");
        }

        if (options.DeliveryWindow < MinDeliveryWindow || options.DeliveryWindow > MaxDeliveryWindow)
        {
            problems.Add($"{RedisOptionsSetup.Key(nameof(options.DeliveryWindow))} must be between {MinDeliveryWindow} and "
                + $"{MaxDeliveryWindow:d\\.hh\\:mm\\:ss}, not {options.DeliveryWindow}.");
        }

        if (options.MessageBudget < MinMessageBudget || options.MessageBudget > MaxMessageBudget)
        {
            problems.Add($"{RedisOptionsSetup.Key(nameof(options.MessageBudget))} must be between {MinMessageBudget.TotalMilliseconds:0} ms and "
                + $"{MaxMessageBudget.TotalMilliseconds:0} ms (e.g. 00:00:00.250), not {options.MessageBudget}.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static bool Parses(string configuration)
    {
        try
        {
            return ConfigurationOptions.Parse(configuration).EndPoints.Count > 0;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
