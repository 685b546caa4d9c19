using DealBot.Discord.Json;

namespace DealBot.Discord.Rest;

/// <summary>The handful of endpoints DealBot calls.</summary>
internal sealed partial class DiscordRestClient
{
    public Task<JsonGatewayBot?> GetGatewayBotAsync(CancellationToken cancellationToken = default) =>
        SendAsync<object, JsonGatewayBot>(RestRoute.GatewayBot(), null, null, DiscordJsonContext.Default.JsonGatewayBot, cancellationToken);

    public Task CreateMessageAsync(string channelId, JsonCreateMessage message, CancellationToken cancellationToken = default) =>
        CreateMessageAsync(channelId, message, null, cancellationToken);

    /// <summary>A message with files (multipart): <paramref name="message"/>'s attachments describe them in order.</summary>
    public Task CreateMessageAsync(string channelId, JsonCreateMessage message, IReadOnlyList<RestFile>? files, CancellationToken cancellationToken = default) =>
        SendAsync<JsonCreateMessage, JsonRestError>(RestRoute.CreateMessage(channelId), message, DiscordJsonContext.Default.JsonCreateMessage, null, files, cancellationToken);

    public Task CreateInteractionResponseAsync(string interactionId, string token, JsonInteractionResponse response, CancellationToken cancellationToken = default) =>
        SendAsync<JsonInteractionResponse, JsonRestError>(
            RestRoute.InteractionCallback(interactionId, token), response, DiscordJsonContext.Default.JsonInteractionResponse, null, cancellationToken);

    public Task EditOriginalResponseAsync(string applicationId, string token, JsonCreateMessage message, CancellationToken cancellationToken = default) =>
        EditOriginalResponseAsync(applicationId, token, message, null, cancellationToken);

    public Task EditOriginalResponseAsync(
        string applicationId, string token, JsonCreateMessage message, IReadOnlyList<RestFile>? files, CancellationToken cancellationToken = default) =>
        SendAsync<JsonCreateMessage, JsonRestError>(
            RestRoute.EditOriginalResponse(applicationId, token), message, DiscordJsonContext.Default.JsonCreateMessage, null, files, cancellationToken);

    public Task DeleteOriginalResponseAsync(string applicationId, string token, CancellationToken cancellationToken = default) =>
        SendAsync<object, JsonRestError>(RestRoute.DeleteOriginalResponse(applicationId, token), null, null, null, cancellationToken);

    public Task CreateFollowupMessageAsync(string applicationId, string token, JsonCreateMessage message, CancellationToken cancellationToken = default) =>
        SendAsync<JsonCreateMessage, JsonRestError>(
            RestRoute.CreateFollowup(applicationId, token), message, DiscordJsonContext.Default.JsonCreateMessage, null, cancellationToken);

    public async Task<IReadOnlyList<JsonApplicationCommand>> GetCommandsAsync(string applicationId, string? guildId, CancellationToken cancellationToken = default) =>
        await SendAsync<object, List<JsonApplicationCommand>>(
            RestRoute.GetCommands(applicationId, guildId), null, null, DiscordJsonContext.Default.ListJsonApplicationCommand, cancellationToken).ConfigureAwait(false)
        ?? [];

    public Task OverwriteCommandsAsync(string applicationId, string? guildId, List<JsonApplicationCommand> commands, CancellationToken cancellationToken = default) =>
        SendAsync<List<JsonApplicationCommand>, JsonRestError>(
            RestRoute.OverwriteCommands(applicationId, guildId), commands, DiscordJsonContext.Default.ListJsonApplicationCommand, null, cancellationToken);
}
