namespace DealBot.Slack.SocketMode;

/// <summary>Why a Socket Mode connection stopped serving (or announced it will), which decides what happens next.</summary>
internal enum SocketEnd
{
    /// <summary>Slack asked for a new connection (refresh_requested, warning): open one now, let this one drain.</summary>
    Refresh,

    /// <summary>too_many_websockets: close this one, then open another after a backoff (Slack allows 10 per app).</summary>
    TooManyConnections,

    /// <summary>Socket Mode was turned off in the app's settings: stop.</summary>
    LinkDisabled,

    /// <summary>Closed or broken without notice: reconnect with backoff.</summary>
    Dropped,

    /// <summary>No frame for too long (a half-open socket): replaced.</summary>
    Idle,
}
