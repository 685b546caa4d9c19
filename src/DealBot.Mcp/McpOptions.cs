namespace DealBot.Mcp;

/// <summary>
/// The <c>Mcp</c> section: who may call the MCP endpoint (<c>/mcp</c>) and the HTTP API (<c>/v1</c>), and how much.
/// Setting <see cref="ApiKeys"/> is enough to run the service without any chat platform.
/// </summary>
public sealed class McpOptions
{
    public const string Section = "Mcp";

    /// <summary>Bearer tokens, any of which is accepted. Required when the service listens beyond loopback.</summary>
    public IList<string> ApiKeys { get; set; } = [];

    /// <summary>Serve <c>/mcp</c> and <c>/v1</c> without keys; allowed on loopback only (a desktop, a test).</summary>
    public bool Enabled { get; set; }

    /// <summary>Requests one key may make per minute, on average.</summary>
    public int RateLimitPerMinute { get; set; } = 120;

    /// <summary>Requests one key may make at once before the per-minute rate applies.</summary>
    public int RateLimitBurst { get; set; } = 20;

    /// <summary>The largest request body accepted, in bytes: a question is at most 2,000 characters.</summary>
    public int MaxRequestBytes { get; set; } = 16 * 1024;

    /// <summary>Whether the service serves <c>/mcp</c> and <c>/v1</c> at all.</summary>
    public bool IsServing => Enabled || ApiKeys.Any(k => !string.IsNullOrWhiteSpace(k));
}
