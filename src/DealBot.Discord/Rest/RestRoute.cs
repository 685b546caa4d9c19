namespace DealBot.Discord.Rest;

/// <summary>
/// One REST call: the path to send, the route <paramref name="Template"/> and top-level resource id
/// (<paramref name="MajorId"/>) that key its rate-limit bucket, and whether it counts toward the global limit
/// (interaction callbacks and follow-ups do not), and whether the bot token authenticates it (interaction routes are
/// authenticated by the interaction token in the path: their 401 means that token expired, not the bot's).
/// </summary>
internal readonly record struct RestRoute(HttpMethod Method, string Path, string Template, string MajorId, bool CountsTowardGlobal, bool UsesBotToken = true)
{
    public static RestRoute GatewayBot() => new(HttpMethod.Get, "gateway/bot", "GET gateway/bot", "", true);

    public static RestRoute CreateMessage(string channelId) =>
        new(HttpMethod.Post, $"channels/{channelId}/messages", "POST channels/{channel}/messages", channelId, true);

    public static RestRoute InteractionCallback(string interactionId, string token) =>
        new(HttpMethod.Post, $"interactions/{interactionId}/{Uri.EscapeDataString(token)}/callback", "POST interactions/{id}/{token}/callback", interactionId, false, UsesBotToken: false);

    public static RestRoute EditOriginalResponse(string applicationId, string token) => OriginalResponse(HttpMethod.Patch, applicationId, token);

    /// <summary>Removes the first response: a public placeholder once the reply went privately.</summary>
    public static RestRoute DeleteOriginalResponse(string applicationId, string token) => OriginalResponse(HttpMethod.Delete, applicationId, token);

    /// <summary>A new message after the first response; straight after a deferral Discord treats it as an edit of the loading message.</summary>
    public static RestRoute CreateFollowup(string applicationId, string token) =>
        new(HttpMethod.Post, $"webhooks/{applicationId}/{Uri.EscapeDataString(token)}", "POST webhooks/{application}/{token}", applicationId + "/" + token, false, UsesBotToken: false);

    public static RestRoute GetCommands(string applicationId, string? guildId) => guildId is null
        ? new(HttpMethod.Get, $"applications/{applicationId}/commands", "GET applications/{application}/commands", applicationId, true)
        : new(HttpMethod.Get, $"applications/{applicationId}/guilds/{guildId}/commands", "GET applications/{application}/guilds/{guild}/commands", guildId, true);

    public static RestRoute OverwriteCommands(string applicationId, string? guildId) => guildId is null
        ? new(HttpMethod.Put, $"applications/{applicationId}/commands", "PUT applications/{application}/commands", applicationId, true)
        : new(HttpMethod.Put, $"applications/{applicationId}/guilds/{guildId}/commands", "PUT applications/{application}/guilds/{guild}/commands", guildId, true);

    private static RestRoute OriginalResponse(HttpMethod method, string applicationId, string token) =>
        new(method, $"webhooks/{applicationId}/{Uri.EscapeDataString(token)}/messages/@original",
            method.Method + " webhooks/{application}/{token}/messages/@original", applicationId + "/" + token, false, UsesBotToken: false);

    /// <summary>The template, never the path: paths can hold interaction tokens, which must not reach logs.</summary>
    public override string ToString() => Template;
}
