namespace DealBot.Discord.Gateway;

/// <summary>The intents DealBot asks for: guild and direct messages, and message content only when configured.</summary>
[Flags]
internal enum GatewayIntents
{
    Guilds = 1 << 0,
    GuildMessages = 1 << 9,
    DirectMessages = 1 << 12,

    /// <summary>Privileged: must also be switched on in the developer portal, or Discord closes with 4014.</summary>
    MessageContent = 1 << 15,
}

internal static class GatewayIntentsFor
{
    /// <summary>4609, or 37377 with message content.</summary>
    public static GatewayIntents Options(DiscordOptions options) =>
        GatewayIntents.Guilds | GatewayIntents.GuildMessages | GatewayIntents.DirectMessages
        | (options.MessageContentIntent ? GatewayIntents.MessageContent : 0);
}
