namespace DealBot.Discord.Gateway;

/// <summary>Gateway opcodes DealBot sends or handles (docs: topics/opcodes-and-status-codes).</summary>
internal enum GatewayOpcode
{
    Dispatch = 0,
    Heartbeat = 1,
    Identify = 2,
    Resume = 6,
    Reconnect = 7,
    InvalidSession = 9,
    Hello = 10,
    HeartbeatAck = 11,
}
