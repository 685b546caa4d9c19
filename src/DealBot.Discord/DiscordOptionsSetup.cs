using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace DealBot.Discord;

/// <summary>
/// Binds the Discord section by hand: a value the binder could not convert would otherwise throw at first use with a
/// stack trace, while here it becomes one sentence that <see cref="DiscordOptionsValidator"/> reports at start-up.
/// </summary>
internal sealed class DiscordOptionsSetup(IConfigurationSection section) : IConfigureOptions<DiscordOptions>
{
    public static readonly string[] Known =
    [
        nameof(DiscordOptions.Token), nameof(DiscordOptions.ApplicationId), nameof(DiscordOptions.PublicKey),
        nameof(DiscordOptions.MessageContentIntent), nameof(DiscordOptions.ShardCount), nameof(DiscordOptions.ShardIds),
        nameof(DiscordOptions.CommandGuildIds), nameof(DiscordOptions.ApiBaseUrl), nameof(DiscordOptions.GatewayUrl),
        nameof(DiscordOptions.GlobalRequestsPerSecond), nameof(DiscordOptions.PingAsker),
    ];

    public void Configure(DiscordOptions options)
    {
        foreach (var unknown in section.GetChildren().Where(c => !Known.Contains(c.Key, StringComparer.OrdinalIgnoreCase)))
        {
            options.BindingProblems.Add($"{Key(unknown.Key)} is not a Discord setting (known: {string.Join(", ", Known)}).");
        }

        options.Token = (Value(nameof(options.Token)) ?? "").Trim();
        options.ApplicationId = Value(nameof(options.ApplicationId));
        options.PublicKey = Value(nameof(options.PublicKey));
        options.MessageContentIntent = Bool(options, nameof(options.MessageContentIntent)) ?? options.MessageContentIntent;
        options.PingAsker = Bool(options, nameof(options.PingAsker)) ?? options.PingAsker;
        options.ShardCount = Int(options, nameof(options.ShardCount)) ?? options.ShardCount;
        options.GlobalRequestsPerSecond = Int(options, nameof(options.GlobalRequestsPerSecond)) ?? options.GlobalRequestsPerSecond;

        if (Value(nameof(options.ShardIds)) is { } shards)
        {
            if (ShardRange.TryParse(shards, out var range))
            {
                options.ShardIds = range;
            }
            else
            {
                options.BindingProblems.Add($"{Key(nameof(options.ShardIds))} must be a shard id or a range such as 0-3, not '{shards}'.");
            }
        }

        options.CommandGuildIds = GuildIds();
        options.ApiBaseUrl = Url(options, nameof(options.ApiBaseUrl), ["http", "https"]) ?? options.ApiBaseUrl;
        options.GatewayUrl = Url(options, nameof(options.GatewayUrl), ["ws", "wss"]) ?? options.GatewayUrl;
    }

    private string? Value(string key) => section[key] is { Length: > 0 } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private bool? Bool(DiscordOptions options, string key)
    {
        if (Value(key) is not { } text)
        {
            return null;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        options.BindingProblems.Add($"{Key(key)} must be true or false, not '{text}'.");
        return null;
    }

    private int? Int(DiscordOptions options, string key)
    {
        if (Value(key) is not { } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        options.BindingProblems.Add($"{Key(key)} must be a whole number, not '{text}'.");
        return null;
    }

    private Uri? Url(DiscordOptions options, string key, string[] schemes)
    {
        if (Value(key) is not { } text)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && schemes.Contains(url.Scheme, StringComparer.OrdinalIgnoreCase))
        {
            return url;
        }

        options.BindingProblems.Add($"{Key(key)} must be an absolute {string.Join(" or ", schemes)} URL, not '{text}'.");
        return null;
    }

    /// <summary>A JSON array (Discord:CommandGuildIds:0, …) or one comma-separated value (Discord__CommandGuildIds=1,2).</summary>
    private string[] GuildIds()
    {
        var child = section.GetSection(nameof(DiscordOptions.CommandGuildIds));
        var values = child.Value is { } single ? [single] : child.GetChildren().Select(c => c.Value ?? "");
        return values
            .SelectMany(v => v.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToArray();
    }

    private static string Key(string name) => $"{DiscordOptions.Section}:{name}";
}
