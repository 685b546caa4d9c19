using System.Text.Json.Nodes;
using DealBot.Discord.Tests.Fakes;

namespace DealBot.Discord.Tests.Harness;

/// <summary>Gateway dispatch payloads shaped like Discord's.</summary>
public static class DiscordEvents
{
    public const string Guild = "400000000000000001";
    public const string Channel = "500000000000000001";
    public const string DmChannel = "500000000000000099";
    public const string Asker = "300000000000000001";

    private static long _next = 600000000000000000;

    public static string NewId() => Interlocked.Increment(ref _next).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A guild message that mentions the bot, as "&lt;@bot&gt; question".</summary>
    public static JsonObject Mention(string id, string question, string channel = Channel, string author = Asker) =>
        Message(id, $"<@{FakeDiscord.BotUserId}> {question}", channel, author, guild: Guild, mentionsBot: true);

    public static JsonObject Message(
        string id, string content, string channel = Channel, string author = Asker, string? guild = Guild, bool mentionsBot = false, bool authorIsBot = false,
        string? repliesToAuthor = null)
    {
        var message = new JsonObject
        {
            ["id"] = id,
            ["channel_id"] = channel,
            ["author"] = new JsonObject { ["id"] = author, ["username"] = "asker", ["bot"] = authorIsBot },
            ["content"] = content,
            ["type"] = repliesToAuthor is null ? 0 : 19,
            ["mentions"] = mentionsBot ? new JsonArray(new JsonObject { ["id"] = FakeDiscord.BotUserId, ["username"] = "DealBot", ["bot"] = true }) : new JsonArray(),
            ["mention_everyone"] = false,
            ["timestamp"] = "2026-11-27T12:00:00.000000+00:00",
        };
        if (guild is not null)
        {
            message["guild_id"] = guild;
        }

        if (repliesToAuthor is not null)
        {
            message["referenced_message"] = new JsonObject { ["id"] = NewId(), ["author"] = new JsonObject { ["id"] = repliesToAuthor } };
        }

        return message;
    }

    /// <summary>An APPLICATION_COMMAND (type 2) or AUTOCOMPLETE (type 4) interaction in a guild.</summary>
    public static JsonObject Command(string id, string name, int type = 2, params (string Name, JsonNode Value, bool Focused)[] options)
    {
        var list = new JsonArray();
        foreach (var (optionName, value, focused) in options)
        {
            var option = new JsonObject { ["name"] = optionName, ["type"] = value.GetValueKind() switch { System.Text.Json.JsonValueKind.String => 3, System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => 5, _ => 10 }, ["value"] = value };
            if (focused)
            {
                option["focused"] = true;
            }

            list.Add(option);
        }

        return new JsonObject
        {
            ["id"] = id,
            ["application_id"] = FakeDiscord.ApplicationId,
            ["type"] = type,
            ["token"] = "interaction-token-" + id,
            ["version"] = 1,
            ["guild_id"] = Guild,
            ["channel_id"] = Channel,
            ["member"] = new JsonObject { ["user"] = new JsonObject { ["id"] = Asker, ["username"] = "asker" } },
            ["data"] = new JsonObject { ["id"] = "700000000000000001", ["name"] = name, ["type"] = 1, ["options"] = list },
        };
    }
}
