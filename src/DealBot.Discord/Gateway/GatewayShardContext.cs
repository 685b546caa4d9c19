using Microsoft.Extensions.Logging;

namespace DealBot.Discord.Gateway;

/// <summary>What every shard of a process shares: credentials, intents, the identify gate and budget, the event sink and callbacks.</summary>
internal sealed record GatewayShardContext(
    string Token,
    GatewayIntents Intents,
    IdentifyGate IdentifyGate,
    IdentifyBudget IdentifyBudget,
    IGatewayEventSink Sink,
    BotIdentity Identity,
    DiscordBotConfiguration Configuration,
    TimeProvider Clock,
    ILogger Logger,
    Action<GatewayShard> OnReady,
    Action<GatewayShard, int> OnFatal)
{
    /// <summary>Never prints the token.</summary>
    public override string ToString() => $"GatewayShardContext {{ Intents = {Intents} }}";
}
