using System.Text.Json;

namespace DealBot.Slack.Inbound;

/// <summary>
/// An Events API <c>event_callback</c> (the same body over HTTP and inside a Socket Mode envelope), reduced to what
/// DealBot reads. <see cref="EventId"/> is the dedupe key: Slack's retries and redelivered envelopes repeat it.
/// </summary>
internal sealed record SlackEventCallback(string EventId, string? TeamId, string? EnterpriseId, SlackEvent Event)
{
    public static SlackEventCallback? Parse(JsonElement body)
    {
        if (body.Str("type") != "event_callback" || body.Str("event_id") is not { Length: > 0 } eventId
            || SlackEvent.Parse(body.Obj("event")) is not { } slackEvent)
        {
            return null;
        }

        // The workspace whose installation should answer; authorizations name it even in shared channels.
        var authorization = body.Items("authorizations").FirstOrDefault();
        var teamId = authorization.Str("team_id") ?? body.Str("team_id");
        var enterpriseId = authorization.Str("enterprise_id") ?? body.Str("enterprise_id");
        return new SlackEventCallback(eventId, teamId, enterpriseId, slackEvent);
    }
}
