using Microsoft.Extensions.Options;

namespace DealBot.Discord;

/// <summary>
/// Checks the Discord section at start-up (ValidateOnStart); each problem is one sentence naming the key and the fix.
/// The token itself never appears in a message.
/// </summary>
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public const int MaxGlobalRequestsPerSecond = 100_000;
    public const int MaxShardCount = 100_000;

    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var problems = new List<string>(options.BindingProblems);
        ValidateToken(options.Token, problems);

        if (options.ApplicationId is { } app && !Snowflake.IsValid(app))
        {
            problems.Add($"{Key(nameof(options.ApplicationId))} must be the application's numeric id (General Information page), not '{app}'.");
        }

        if (options.PublicKey is { } key && (key.Length != 64 || !key.All(char.IsAsciiHexDigit)))
        {
            problems.Add($"{Key(nameof(options.PublicKey))} must be the application's public key: 64 hex digits from the General Information page.");
        }

        if (options.ShardCount is { } count && count is < 1 or > MaxShardCount)
        {
            problems.Add($"{Key(nameof(options.ShardCount))} must be between 1 and {MaxShardCount:N0}, not {count:N0}; leave it empty for Discord's recommendation.");
        }

        if (options.ShardIds is { } range && options.ShardCount is { } total and >= 1 && range.Last >= total)
        {
            problems.Add($"{Key(nameof(options.ShardIds))} {range} does not fit {Key(nameof(options.ShardCount))} {total}: shard ids run from 0 to {total - 1}.");
        }

        foreach (var guild in options.CommandGuildIds.Where(g => !Snowflake.IsValid(g)))
        {
            problems.Add($"{Key(nameof(options.CommandGuildIds))} must list numeric guild ids, not '{guild}'.");
        }

        if (options.GlobalRequestsPerSecond is < 1 or > MaxGlobalRequestsPerSecond)
        {
            problems.Add($"{Key(nameof(options.GlobalRequestsPerSecond))} must be between 1 and {MaxGlobalRequestsPerSecond:N0}, not {options.GlobalRequestsPerSecond:N0}.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void ValidateToken(string token, List<string> problems)
    {
        var key = Key(nameof(DiscordOptions.Token));
        if (token.Length == 0)
        {
            problems.Add($"{key} is required: set it to the bot token from the developer portal's Bot page (e.g. the Discord__Token environment variable).");
        }
        else if (BotToken.HasBotPrefix(token))
        {
            problems.Add($"{key} must be the bare token, without the 'Bot ' prefix.");
        }
        else if (!BotToken.IsWellFormed(token))
        {
            problems.Add($"{key} is not a Discord bot token (three dot-separated parts, the first the bot's id); copy it again from the developer portal's Bot page.");
        }
    }

    private static string Key(string name) => $"{DiscordOptions.Section}:{name}";
}
