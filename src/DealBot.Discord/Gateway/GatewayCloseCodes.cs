namespace DealBot.Discord.Gateway;

/// <summary>What a gateway close code means for the session (docs: topics/opcodes-and-status-codes, close event codes).</summary>
internal static class GatewayCloseCodes
{
    public const int Resumable = 4000;
    public const int Normal = 1000;

    /// <summary>
    /// The code to answer Discord's close frame with: a close must be answered with a close (RFC 6455 §5.5.1, which
    /// suggests echoing the code). Discord's own codes (4000–4999) are echoed; anything else gets 4000, because a
    /// 1000/1001 from the client ends the session while DealBot means to resume it.
    /// </summary>
    public static int Reply(int? received) => received is >= 4000 and <= 4999 ? received.Value : Resumable;

    public static ConnectionAction Classify(int? code) => code switch
    {
        4004 or 4010 or 4011 or 4012 or 4013 or 4014 => ConnectionAction.Stop,

        // "Reconnect: true" in the table, but the session is gone: a RESUME would only fail.
        4003 or 4007 or 4009 => ConnectionAction.Identify,

        // 4000–4002, 4005, 4008, other codes and a dropped TCP connection: the session may still be resumable;
        // if it is not, Discord answers the RESUME with op 9 and DealBot identifies.
        _ => ConnectionAction.Resume,
    };

    /// <summary>One sentence naming the cause and the fix, for the log line of a fatal close.</summary>
    public static string DescribeFatal(int code, int shardId, int shardCount, GatewayIntents intents) => code switch
    {
        4004 => "Discord closed the gateway with 4004 (authentication failed): the bot token was rejected. "
            + "Reset the token on the developer portal's Bot page and set Discord:Token to the new one.",
        4010 => $"Discord closed the gateway with 4010 (invalid shard): shard {shardId} of {shardCount} does not exist. "
            + "Check Discord:ShardIds and Discord:ShardCount (ids run from 0 to ShardCount - 1).",
        4011 => $"Discord closed the gateway with 4011 (sharding required): the bot is in too many guilds for {shardCount} shard(s). "
            + "Raise Discord:ShardCount, or leave it empty to use Discord's recommendation.",
        4012 => "Discord closed the gateway with 4012 (invalid API version): DealBot speaks gateway v10. "
            + "Check Discord:GatewayUrl, or remove it to use the URL Discord gives.",
        4013 => $"Discord closed the gateway with 4013 (invalid intents): the intents {(int)intents} were refused. "
            + "This is a DealBot bug; please report it.",
        4014 => "Discord closed the gateway with 4014 (disallowed intents): the bot asked for the privileged Message Content intent, "
            + "which is not enabled for this application. Enable \"Message Content Intent\" on the developer portal's Bot page, "
            + "or set Discord:MessageContentIntent to false (mentions, DMs and slash commands still work without it).",
        _ => $"Discord closed the gateway with {code}, which does not allow a reconnect.",
    };
}

internal enum ConnectionAction
{
    /// <summary>Reconnect to resume_gateway_url and RESUME the session.</summary>
    Resume,

    /// <summary>Forget the session, connect to the gateway URL and IDENTIFY.</summary>
    Identify,

    /// <summary>Fatal: do not reconnect.</summary>
    Stop,
}
