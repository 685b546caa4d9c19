namespace DealBot.Slack.Inbound;

/// <summary>Names shared by every Slack delivery, so one user and one place map to one conversation.</summary>
internal static class SlackPlatform
{
    /// <summary>The platform name in <see cref="DealBot.Chat.Pipeline.IncomingMessage"/>; also the dedupe namespace.</summary>
    public const string Name = "slack";

    /// <summary>A conversation place: the workspace, the channel and the thread (empty outside threads).</summary>
    public static string Place(string? teamId, string channel, string? threadTs) => $"{teamId}:{channel}:{threadTs}";

    /// <summary>User ids are unique per workspace only.</summary>
    public static string User(string? teamId, string userId) => $"{teamId}:{userId}";
}
