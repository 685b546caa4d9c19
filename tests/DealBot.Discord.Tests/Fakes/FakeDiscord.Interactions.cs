using System.Text.Json.Nodes;

namespace DealBot.Discord.Tests.Fakes;

/// <summary>
/// Interaction messages as Discord keeps them (interactions/receiving-and-responding): the original is created by the
/// first response (the callback, or an HTTP endpoint's response body once the test hands it over), is ephemeral only
/// if that response said so (flags 64, on the deferral too) and can never change that. Edits and follow-ups before
/// the original exists are 404. A follow-up straight after a deferral only edits the loading message, its ephemeral
/// flag ignored; later ones are new messages with their own flags.
/// </summary>
public sealed partial class FakeDiscord
{
    private readonly Dictionary<string, FakeInteraction> _interactions = [];

    /// <summary>The messages of the interaction with <paramref name="token"/>, original first; empty if none was created.</summary>
    public IReadOnlyList<FakeInteractionMessage> InteractionMessages(string token)
    {
        lock (_interactions)
        {
            return _interactions.TryGetValue(token, out var interaction) ? [.. interaction.Messages] : [];
        }
    }

    /// <summary>Discord received an HTTP endpoint's response body (an interaction response) for <paramref name="token"/>.</summary>
    public void DeliverEndpointResponse(string token, JsonNode? response)
    {
        lock (_interactions)
        {
            CreateOriginal(token, response);
        }

        Changed.Pulse();
    }

    private (int, string?) Callback(string token, JsonNode? response)
    {
        lock (_interactions)
        {
            if (_interactions.ContainsKey(token))
            {
                return (400, """{"message":"Interaction has already been acknowledged.","code":40060}""");
            }

            CreateOriginal(token, response);
            return (204, null);
        }
    }

    private (int, string?) EditOriginal(string token, JsonNode? message)
    {
        lock (_interactions)
        {
            if (!_interactions.TryGetValue(token, out var interaction) || interaction.Messages.Count == 0)
            {
                return UnknownWebhook;
            }

            var original = interaction.Messages[0];
            interaction.Messages[0] = original with { Content = Content(message) ?? original.Content, Loading = false };
            return (200, new JsonObject { ["id"] = original.Id, ["flags"] = original.Ephemeral ? 64 : 0 }.ToJsonString());
        }
    }

    private (int, string?) Followup(string token, JsonNode? message)
    {
        lock (_interactions)
        {
            if (!_interactions.TryGetValue(token, out var interaction) || interaction.Messages.Count == 0)
            {
                return UnknownWebhook;
            }

            var original = interaction.Messages[0];
            if (original.Loading)
            {
                interaction.Messages[0] = original with { Content = Content(message), Loading = false };
                return (200, new JsonObject { ["id"] = original.Id, ["flags"] = original.Ephemeral ? 64 : 0 }.ToJsonString());
            }

            var followup = new FakeInteractionMessage(NextId(), Content(message), Ephemeral: IsEphemeral(message), Loading: false);
            interaction.Messages.Add(followup);
            return (200, new JsonObject { ["id"] = followup.Id, ["flags"] = followup.Ephemeral ? 64 : 0 }.ToJsonString());
        }
    }

    private static (int, string?) UnknownWebhook => (404, """{"message":"Unknown Webhook","code":10015}""");

    private void CreateOriginal(string token, JsonNode? response)
    {
        var type = response?["type"]?.GetValue<int>();
        if (type is not (4 or 5))
        {
            // PONG and autocomplete results create no message.
            return;
        }

        var data = response?["data"];
        var original = new FakeInteractionMessage(NextId(), Content(data), IsEphemeral(data), Loading: type == 5);
        _interactions[token] = new FakeInteraction([original]);
    }

    private static string? Content(JsonNode? message) => message?["content"]?.GetValue<string>();

    private static bool IsEphemeral(JsonNode? message) => ((message?["flags"]?.GetValue<int>() ?? 0) & 64) != 0;

    private sealed record FakeInteraction(List<FakeInteractionMessage> Messages);
}

/// <summary>A message an interaction created: <paramref name="Loading"/> while a deferral was not yet edited.</summary>
public sealed record FakeInteractionMessage(string Id, string? Content, bool Ephemeral, bool Loading);
