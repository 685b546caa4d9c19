namespace DealBot.Discord;

/// <summary>Who the bot is, learned from READY: its user id (to spot mentions and its own messages) and application id.</summary>
internal sealed class BotIdentity(DiscordOptions options)
{
    private volatile string? _userId;
    private volatile string? _applicationId;

    public string? UserId => _userId;

    /// <summary>The configured id, else the one READY reported.</summary>
    public string? ApplicationId => options.ApplicationId ?? _applicationId;

    public void OnReady(string userId, string? applicationId)
    {
        _userId = userId;
        if (applicationId is { Length: > 0 })
        {
            _applicationId = applicationId;
        }
    }
}
