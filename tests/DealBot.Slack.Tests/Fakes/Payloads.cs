using System.Text.Json.Nodes;

namespace DealBot.Slack.Tests.Fakes;

/// <summary>Slack payloads as Slack sends them (field names and nesting from the Events API and slash command docs).</summary>
public static class Payloads
{
    public static JsonObject AppMention(string eventId, string text, string channel = "C1", string user = "U1", string ts = "1764244800.000100",
        string? threadTs = null, string team = FakeSlack.TeamId) =>
        Callback(eventId, team, Event("app_mention", text, channel, user, ts, threadTs));

    public static JsonObject DirectMessage(string eventId, string text, string channel = "D1", string user = "U1", string ts = "1764244800.000200",
        string team = FakeSlack.TeamId)
    {
        var e = Event("message", text, channel, user, ts, null);
        e["channel_type"] = "im";
        return Callback(eventId, team, e);
    }

    /// <summary>A DM with a file attached and <paramref name="text"/> typed beside it (message.im, subtype file_share).</summary>
    public static JsonObject FileShare(string eventId, string text, string channel = "D1", string user = "U1", string ts = "1764244800.000300")
    {
        var callback = DirectMessage(eventId, text, channel, user, ts);
        var e = callback["event"]!.AsObject();
        e["subtype"] = "file_share";
        e["upload"] = false;
        e["display_as_bot"] = false;
        e["files"] = new JsonArray(new JsonObject
        {
            ["id"] = "F0ABCDEF1",
            ["created"] = 1764244800,
            ["timestamp"] = 1764244800,
            ["name"] = "term-sheet.pdf",
            ["title"] = "term-sheet.pdf",
            ["mimetype"] = "application/pdf",
            ["filetype"] = "pdf",
            ["user"] = user,
            ["mode"] = "hosted",
            ["size"] = 48213,
            ["url_private"] = "https://files.slack.com/files-pri/T1-F0ABCDEF1/term-sheet.pdf",
        });
        return callback;
    }

    /// <summary>
    /// A DM that shares another message with <paramref name="text"/> as the comment, as Slack sends it: the comment in
    /// <c>text</c> and rich_text <c>blocks</c>, the shared message in an attachment with its own text and blocks.
    /// </summary>
    public static JsonObject SharedMessageDm(string eventId, string text, string sharedText, string channel = "D1", string user = "U1")
    {
        var callback = DirectMessage(eventId, text, channel, user);
        var e = callback["event"]!.AsObject();
        e["blocks"] = RichText(text);
        e["attachments"] = new JsonArray(new JsonObject
        {
            ["id"] = 1,
            ["ts"] = "1764240000.000100",
            ["channel_id"] = "C1",
            ["channel_name"] = "deals",
            ["is_msg_unfurl"] = true,
            ["is_share"] = true,
            ["author_id"] = "U2",
            ["author_name"] = "alice",
            ["original_url"] = "https://fake.slack.com/archives/C1/p1764240000000100",
            ["text"] = sharedText,
            ["mrkdwn_in"] = new JsonArray("text"),
            ["message_blocks"] = new JsonArray(new JsonObject
            {
                ["team"] = FakeSlack.TeamId,
                ["channel"] = "C1",
                ["ts"] = "1764240000.000100",
                ["message"] = new JsonObject { ["blocks"] = RichText(sharedText) },
            }),
        });
        return callback;
    }

    /// <summary>The rich_text blocks Slack's clients attach to what a user types.</summary>
    public static JsonArray RichText(string text) => new(new JsonObject
    {
        ["type"] = "rich_text",
        ["block_id"] = "rt1",
        ["elements"] = new JsonArray(new JsonObject
        {
            ["type"] = "rich_text_section",
            ["elements"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = text }),
        }),
    });

    public static JsonObject Event(string type, string text, string channel, string? user, string ts, string? threadTs)
    {
        var e = new JsonObject { ["type"] = type, ["text"] = text, ["channel"] = channel, ["ts"] = ts, ["event_ts"] = ts };
        if (user is not null)
        {
            e["user"] = user;
        }

        if (threadTs is not null)
        {
            e["thread_ts"] = threadTs;
        }

        return e;
    }

    public static JsonObject Callback(string eventId, string team, JsonObject e) => new()
    {
        ["token"] = "legacy-verification-token",
        ["team_id"] = team,
        ["api_app_id"] = "A1",
        ["event"] = e,
        ["type"] = "event_callback",
        ["event_id"] = eventId,
        ["event_time"] = 1764244800,
        ["authorizations"] = new JsonArray
        {
            new JsonObject { ["enterprise_id"] = null, ["team_id"] = team, ["user_id"] = FakeSlack.BotUserId, ["is_bot"] = true },
        },
    };

    public static Dictionary<string, string> Slash(string command, string text, Uri? responseUrl = null, string triggerId = "trigger-1",
        string channel = "C1", string user = "U1", string team = FakeSlack.TeamId)
    {
        var form = new Dictionary<string, string>
        {
            ["token"] = "legacy-verification-token",
            ["team_id"] = team,
            ["team_domain"] = "fake",
            ["channel_id"] = channel,
            ["channel_name"] = "general",
            ["user_id"] = user,
            ["user_name"] = "asker",
            ["command"] = command,
            ["text"] = text,
            ["api_app_id"] = "A1",
            ["trigger_id"] = triggerId,
        };
        if (responseUrl is not null)
        {
            form["response_url"] = responseUrl.ToString();
        }

        return form;
    }

    public static JsonObject SlashJson(Dictionary<string, string> form)
    {
        var json = new JsonObject();
        foreach (var (key, value) in form)
        {
            json[key] = value;
        }

        return json;
    }
}
