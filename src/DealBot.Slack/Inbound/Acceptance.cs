namespace DealBot.Slack.Inbound;

/// <summary>What became of a delivery handed to a handler; the transport turns it into a status code or an ack.</summary>
internal enum Acceptance
{
    /// <summary>Queued for an answer (or nothing to do): acknowledge.</summary>
    Accepted,

    /// <summary>The work queue is full: over HTTP say 503 so Slack retries later.</summary>
    Busy,

    /// <summary>Not a payload DealBot can read: 400.</summary>
    Malformed,
}
