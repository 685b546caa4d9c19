using System.Text.Json.Nodes;

namespace DealBot.Discord.Tests.Fakes;

/// <summary>Registered application commands, global or per guild, returned with the fields Discord adds.</summary>
public sealed partial class FakeDiscord
{
    private readonly Dictionary<string, JsonArray> _commands = [];

    public JsonArray? CommandsIn(string? guildId)
    {
        lock (_commands)
        {
            return _commands.TryGetValue(guildId ?? "global", out var commands) ? (JsonArray)commands.DeepClone() : null;
        }
    }

    private string Commands(string? guildId)
    {
        lock (_commands)
        {
            return _commands.TryGetValue(guildId ?? "global", out var commands) ? commands.ToJsonString() : "[]";
        }
    }

    private string StoreCommands(string? guildId, string body)
    {
        var stored = new JsonArray();
        foreach (var command in JsonNode.Parse(body)!.AsArray())
        {
            var copy = command!.DeepClone().AsObject();
            copy["id"] = NextId();
            copy["application_id"] = ApplicationId;
            copy["version"] = NextId();
            copy["default_member_permissions"] = null;
            copy["dm_permission"] = true;
            copy["nsfw"] = false;
            copy["integration_types"] = new JsonArray(0);
            copy["contexts"] = null;
            stored.Add(copy);
        }

        lock (_commands)
        {
            _commands[guildId ?? "global"] = stored;
        }

        return stored.ToJsonString();
    }
}
