namespace DealBot.Redis;

/// <summary>
/// The <c>Redis</c> configuration section (appsettings.json, <c>Redis__Configuration</c> environment variables, mounted
/// secret files). When <see cref="Configuration"/> is empty DealBot keeps its state in process memory; when it is set,
/// every replica shares conversations, delivery dedupe and rate limits through Redis.
/// </summary>
public sealed class RedisOptions
{
    public const string Section = "Redis";

    public const string DefaultKeyPrefix = "dealbot:";

    /// <summary>
    /// A StackExchange.Redis configuration string, e.g. <c>redis:6379</c> or <c>redis:6379,password=…,ssl=true</c>.
    /// It may hold a password, so it is never logged or printed.
    /// </summary>
    public string? Configuration { get; set; }

    /// <summary>Put in front of every key, so several bots (or a bot and other tenants) can share one Redis.</summary>
    public string KeyPrefix { get; set; } = DefaultKeyPrefix;

    /// <summary>How long a delivery id is remembered: a redelivery within this window is not answered again.</summary>
    public TimeSpan DeliveryWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The most one message may spend on Redis, all its calls together (dedupe, rate limit, context; for a Slack event,
    /// its workspace's installation when this replica has not read it yet). A call not answered by then is answered by
    /// this replica alone, so Slack's and Discord's 3-second deadlines hold while Redis is slow or gone. It is also the
    /// most any single Redis call may take.
    /// </summary>
    public TimeSpan MessageBudget { get; set; } = Chat.Pipeline.StateBudget.DefaultPerMessage;

    /// <summary>Values that could not be read, found while binding; the validator reports them.</summary>
    internal List<string> BindingProblems { get; } = [];

    /// <summary>Never prints the configuration string (it may hold a password).</summary>
    public override string ToString() =>
        $"RedisOptions {{ Configuration = {(string.IsNullOrWhiteSpace(Configuration) ? "(empty)" : "***")}, KeyPrefix = {KeyPrefix} }}";
}
