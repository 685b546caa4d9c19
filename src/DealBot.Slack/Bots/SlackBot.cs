namespace DealBot.Slack.Bots;

/// <summary>How DealBot acts in one workspace: its bot token and its own user id (null when unknown).</summary>
public sealed record SlackBot(string Token, string? UserId)
{
    public override string ToString() => $"SlackBot {{ UserId = {UserId} }}";
}
