namespace DealBot.Slack;

/// <summary>
/// The <c>Slack</c> configuration section. Secrets are only ever read, never logged or printed: neither this type nor
/// its validator's messages contain a token or secret value.
/// </summary>
public sealed class SlackOptions
{
    public const string Section = "Slack";

    public static IReadOnlyList<string> DefaultCommandNames { get; } = ["/deal", "/ask", "/compare", "/whatif"];

    /// <summary>Single-workspace bot token (<c>xoxb-…</c>); works without OAuth.</summary>
    public string? BotToken { get; set; }

    /// <summary>App-level token (<c>xapp-…</c>, scope connections:write): when set, Socket Mode runs.</summary>
    public string? AppToken { get; set; }

    /// <summary>Verifies HTTP requests from Slack; required when events arrive over HTTP (no app token).</summary>
    public string? SigningSecret { get; set; }

    /// <summary>OAuth v2 client id: set with <see cref="ClientSecret"/> to allow installs into many workspaces.</summary>
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>
    /// The operator's key-encryption key: 32 random bytes in base64 (<c>openssl rand -base64 32</c>). It encrypts the
    /// Data Protection key ring (the keys that encrypt every workspace's bot token) before the ring is stored, so a
    /// copy of the store alone opens nothing. Required for OAuth installs.
    /// </summary>
    public string? TokenEncryptionKey { get; set; }

    /// <summary>Keys that were <see cref="TokenEncryptionKey"/> before a rotation: they only decrypt, never encrypt.</summary>
    public string[] PreviousTokenEncryptionKeys { get; set; } = [];

    /// <summary>Slash commands this bot answers. Empty means <see cref="DefaultCommandNames"/>.</summary>
    public string[] CommandNames { get; set; } = [];

    /// <summary>Web API base, ending in '/'; tests point it at a local fake.</summary>
    public string ApiBaseUrl { get; set; } = "https://slack.com/api/";

    /// <summary>Where <c>/slack/install</c> sends the browser.</summary>
    public string AuthorizeUrl { get; set; } = "https://slack.com/oauth/v2/authorize";

    /// <summary>The redirect URL registered with Slack (optional when only one is registered).</summary>
    public string? OAuthRedirectUrl { get; set; }

    public string BotScopes { get; set; } = "commands,chat:write,files:write,app_mentions:read,im:history";

    /// <summary>The file that holds one bot token per installed workspace, encrypted with Data Protection.</summary>
    public string InstallationStorePath { get; set; } = "slack-data/installations.json";

    /// <summary>
    /// Requests bigger than this get 413. Most Slack payloads are a few KB, but a message may hold 40,000 characters,
    /// Slack sends non-ASCII ones as 6-byte <c>\uXXXX</c> escapes and an event carries the text twice (<c>text</c> and
    /// its rich_text <c>blocks</c>): about 480 KB, so 1 MiB (the Socket Mode frame cap too) leaves room for the rest.
    /// </summary>
    public int MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// How long a slash command may take to be answered inside its acknowledgement; slower answers are acked at once
    /// and completed through response_url. Slack's deadline for the ack is 3 s. Zero: always use response_url.
    /// </summary>
    public TimeSpan InlineReplyBudget { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Spacing of messages in one channel: Slack allows about one per second.</summary>
    public TimeSpan ChannelMessageInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Background workers answering events and late slash commands.</summary>
    public int Workers { get; set; } = 4;

    /// <summary>Deliveries waiting for a worker; beyond it HTTP events get 503 (Slack retries later).</summary>
    public int QueueCapacity { get; set; } = 1024;

    /// <summary>A Socket Mode connection with no frame for this long is treated as half-open and replaced.</summary>
    public TimeSpan SocketIdleTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>WebSocket ping interval; a missing pong aborts the connection (the fast half-open check).</summary>
    public TimeSpan SocketKeepAlive { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>After a disconnect notice the old connection keeps acking until Slack closes it, at most this long.</summary>
    public TimeSpan SocketDrainTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long an install's OAuth state stays valid.</summary>
    public TimeSpan OAuthStateLifetime { get; set; } = TimeSpan.FromMinutes(10);

    internal bool SocketMode => !string.IsNullOrWhiteSpace(AppToken);

    internal bool OAuthEnabled => !string.IsNullOrWhiteSpace(ClientId);

    /// <summary>Installations are kept (and their key ring encrypted) with OAuth installs or a key to encrypt with.</summary>
    internal bool KeepsInstallations => OAuthEnabled || !string.IsNullOrWhiteSpace(TokenEncryptionKey);

    internal IReadOnlyList<string> Commands => CommandNames.Length > 0 ? CommandNames : DefaultCommandNames;
}
