using Microsoft.Extensions.Logging;

namespace DealBot.Discord.Gateway;

internal sealed partial class GatewayShard
{
    [LoggerMessage(LogLevel.Information, "Discord shard {ShardId}/{ShardCount} ready as bot user {BotUserId}")]
    private partial void LogReady(int shardId, int shardCount, string botUserId);

    [LoggerMessage(LogLevel.Information, "Discord shard {ShardId} resumed its session at sequence {Sequence}")]
    private partial void LogResumed(int shardId, long sequence);

    [LoggerMessage(LogLevel.Information, "Discord shard {ShardId} disconnected ({Reason}); will {Next} in {DelayMs:0} ms")]
    private partial void LogReconnecting(int shardId, string reason, string next, double delayMs);

    [LoggerMessage(LogLevel.Warning, "Discord shard {ShardId} missed a heartbeat ACK: closing the zombie connection to resume")]
    private partial void LogZombie(int shardId);

    [LoggerMessage(LogLevel.Warning, "Discord shard {ShardId} could not connect ({ErrorType}: {Error})")]
    private partial void LogConnectionFailed(int shardId, string errorType, string error);

    [LoggerMessage(LogLevel.Warning, "Discord shard {ShardId} skipped a malformed {EventType} event: {Error}")]
    private partial void LogBadEvent(int shardId, string? eventType, string error);
}
