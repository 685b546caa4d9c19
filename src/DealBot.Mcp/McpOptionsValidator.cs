using Microsoft.Extensions.Options;

namespace DealBot.Mcp;

/// <summary>
/// Checks the <c>Mcp</c> section at start-up. <paramref name="urls"/> are where the service listens (the host's
/// <c>Urls</c>): an open endpoint on a public address would hand the bot to anyone, so keys are then required.
/// Messages name settings, never their values.
/// </summary>
public sealed class McpOptionsValidator(string? urls) : IValidateOptions<McpOptions>
{
    public ValidateOptionsResult Validate(string? name, McpOptions options)
    {
        var failures = new List<string>();
        if (options.ApiKeys.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add("Mcp:ApiKeys: a key is empty; remove it or give it a value.");
        }
        else if (options.ApiKeys.Any(k => k.Trim().Length < 16))
        {
            failures.Add("Mcp:ApiKeys: each key must be at least 16 characters (e.g. openssl rand -hex 24).");
        }

        if (options.IsServing && options.ApiKeys.Count == 0 && !ListenAddresses.AreLoopback(urls))
        {
            failures.Add($"Mcp:ApiKeys: required when the service listens beyond loopback (Urls={urls}).");
        }

        if (options.RateLimitPerMinute is < 1 or > 100_000)
        {
            failures.Add("Mcp:RateLimitPerMinute must be between 1 and 100000.");
        }

        if (options.RateLimitBurst is < 1 or > 100_000)
        {
            failures.Add("Mcp:RateLimitBurst must be between 1 and 100000.");
        }

        if (options.MaxRequestBytes is < 1_024 or > 1_048_576)
        {
            failures.Add("Mcp:MaxRequestBytes must be between 1024 and 1048576.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
