namespace DealBot.Discord;

/// <summary>
/// The <c>Discord</c> configuration section (appsettings.json, Discord__Key environment variables, --Discord:Key=value).
/// Bound by <see cref="DiscordOptionsSetup"/> and checked at start-up by <see cref="DiscordOptionsValidator"/>.
/// </summary>
public sealed class DiscordOptions
{
    public const string Section = "Discord";

    public const string DefaultApiBaseUrl = "https://discord.com/api/v10";

    /// <summary>The bot token from the developer portal's Bot page, without the "Bot " prefix. Never logged.</summary>
    public string Token { get; set; } = "";

    /// <summary>The application id; when empty, the one READY reports is used.</summary>
    public string? ApplicationId { get; set; }

    /// <summary>The application's public key (64 hex digits), needed by the HTTP interactions endpoint.</summary>
    public string? PublicKey { get; set; }

    /// <summary>Ask for the privileged MESSAGE_CONTENT intent (it must be enabled in the portal too).</summary>
    public bool MessageContentIntent { get; set; }

    /// <summary>Total shards; when empty, Discord's recommendation from <c>GET /gateway/bot</c>.</summary>
    public int? ShardCount { get; set; }

    /// <summary>The shards this process runs ("0-3", "5"); when empty, all of them.</summary>
    public ShardRange? ShardIds { get; set; }

    /// <summary>Guilds to register the slash commands in (instant updates); when empty, commands are global.</summary>
    public IReadOnlyList<string> CommandGuildIds { get; set; } = [];

    public Uri ApiBaseUrl { get; set; } = new(DefaultApiBaseUrl);

    /// <summary>Replaces the gateway URL that <c>GET /gateway/bot</c> returns (for a local fake or a proxy).</summary>
    public Uri? GatewayUrl { get; set; }

    /// <summary>Discord's global REST limit per bot; interaction callbacks are exempt.</summary>
    public int GlobalRequestsPerSecond { get; set; } = 50;

    /// <summary>Whether a reply pings the person who asked.</summary>
    public bool PingAsker { get; set; }

    /// <summary>Values that could not be read, found while binding; the validator reports them.</summary>
    internal List<string> BindingProblems { get; } = [];

    /// <summary>Never prints the token.</summary>
    public override string ToString() => $"DiscordOptions {{ Token = {(Token.Length == 0 ? "(empty)" : "***")}, ApiBaseUrl = {ApiBaseUrl} }}";
}
