namespace DealBot.Options;

/// <summary>The <c>DealBot</c> configuration section (appsettings.json, DealBot__Key environment variables, --DealBot:Key=value).</summary>
public sealed class DealBotOptions
{
    public const string Section = "DealBot";

    /// <summary>A catalog file of your own (JSON, same schema as the built-in one); empty means the built-in catalog.</summary>
    public string? CatalogPath { get; set; }

    /// <summary>
    /// The id of the deal a question means when it names none and the conversation has none; empty means the catalog's
    /// own <c>defaultDeal</c> (Anthropic–xAI in the built-in one). Checked against the catalog at start-up.
    /// </summary>
    public string? DefaultDeal { get; set; }

    /// <summary>How long a conversation's context lasts for follow-ups, in minutes.</summary>
    public int ConversationMinutes { get; set; } = 60;

    /// <summary>Questions one user may ask per minute on a chat platform.</summary>
    public int RateLimitPerMinute { get; set; } = 20;

    /// <summary>Questions one user may ask at once before the per-minute rate applies.</summary>
    public int RateLimitBurst { get; set; } = 5;
}
