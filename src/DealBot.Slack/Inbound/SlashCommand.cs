using System.Text.Json;

namespace DealBot.Slack.Inbound;

/// <summary>
/// A slash command invocation. Over HTTP it arrives form-encoded, in Socket Mode as a JSON object with the same field
/// names; both are read through one field lookup.
/// </summary>
internal sealed record SlashCommand(
    string Command,
    string Text,
    string? TeamId,
    string? EnterpriseId,
    string ChannelId,
    string UserId,
    Uri? ResponseUrl,
    string? TriggerId)
{
    /// <summary>Null when a required field (command, channel_id, user_id) is missing.</summary>
    public static SlashCommand? Read(Func<string, string?> field)
    {
        if (field("command") is not { Length: > 0 } command
            || field("channel_id") is not { Length: > 0 } channel
            || field("user_id") is not { Length: > 0 } user)
        {
            return null;
        }

        var responseUrl = Uri.TryCreate(field("response_url"), UriKind.Absolute, out var url)
            && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp) ? url : null;
        return new SlashCommand(
            command, field("text") ?? "", field("team_id"), field("enterprise_id"), channel, user, responseUrl, field("trigger_id"));
    }

    public static SlashCommand? FromJson(JsonElement payload) => Read(name => payload.Str(name));
}
