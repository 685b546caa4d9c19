namespace DealBot.Discord.Gateway;

public enum ShardState
{
    NotStarted,
    WaitingToIdentify,
    Connecting,
    Identifying,
    Resuming,
    Ready,
    Reconnecting,

    /// <summary>Stopped by a fatal close code (4004, 4010–4014); the log says why and how to fix it.</summary>
    Failed,
    Stopped,
}
