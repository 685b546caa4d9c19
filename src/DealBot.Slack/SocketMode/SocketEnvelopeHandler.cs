using System.Text.Json;
using System.Text.Json.Nodes;
using DealBot.Slack.Inbound;
using Microsoft.Extensions.Logging;

namespace DealBot.Slack.SocketMode;

/// <summary>
/// Routes a Socket Mode envelope to the same handlers HTTP uses and returns the ack payload: a slash command's answer
/// when it was fast, otherwise nothing. Events and clicks are only queued here, so their ack is immediate (unless the
/// queue is full: then the ack waits for room, which slows Slack's sending down instead of losing the event).
/// </summary>
internal sealed partial class SocketEnvelopeHandler(
    SlackEventProcessor events,
    SlashCommandHandler slashCommands,
    InteractionHandler interactions,
    ILogger<SocketEnvelopeHandler> logger)
{
    /// <summary>How long an envelope may wait for room in the work queue; the ack still goes within Slack's 3 s.</summary>
    private static readonly TimeSpan QueuePatience = TimeSpan.FromSeconds(2);

    public async Task<JsonObject?> HandleAsync(string envelopeId, string? type, JsonElement envelope, CancellationToken cancellationToken)
    {
        var payload = envelope.Obj("payload");
        switch (type)
        {
            case "events_api":
                Check(await events.AcceptAsync(payload, QueuePatience, cancellationToken), envelopeId, type);
                return null;
            case "interactive":
                Check(await interactions.AcceptAsync(payload, QueuePatience, cancellationToken), envelopeId, type);
                return null;
            case "slash_commands" when SlashCommand.FromJson(payload) is { } command:
                return await slashCommands.HandleAsync(command, cancellationToken);
            default:
                LogUnhandled(envelopeId, type);
                return null;
        }
    }

    private void Check(Acceptance acceptance, string envelopeId, string type)
    {
        if (acceptance != Acceptance.Accepted)
        {
            // Acked all the same: an unacked envelope is redelivered, and a full queue or a bad payload would stay so.
            LogNotAccepted(envelopeId, type, acceptance);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack envelope {EnvelopeId} ({EnvelopeType}) not accepted: {Acceptance}")]
    private partial void LogNotAccepted(string envelopeId, string envelopeType, Acceptance acceptance);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Slack envelope {EnvelopeId} of type {EnvelopeType} acknowledged without handling")]
    private partial void LogUnhandled(string envelopeId, string? envelopeType);
}
