using System.Text.Json.Nodes;

namespace DealBot.Discord.Tests.Fakes;

/// <summary>
/// Interaction messages as Discord keeps them (interactions/receiving-and-responding): the original is created by the
/// first response (the callback, or an HTTP endpoint's response body once the test hands it over), is ephemeral only
/// if that response said so (flags 64, on the deferral too) and can never change that. Edits and follow-ups before
/// the original exists are 404. A follow-up straight after a deferral only edits the loading message, its ephemeral
/// flag ignored; later ones are new messages with their own flags. Deleting the original is 204, and 404 Unknown
/// Message (10008) once it is gone, as is editing it; a follow-up after the loading message was deleted is refused the
/// same way. A gateway interaction's callback is accepted for <see cref="InteractionResponseDeadline"/> (404 Unknown
/// interaction, 10062, after), and the webhook routes take the token for <see cref="InteractionTokenLifetime"/> (401
/// 50027 after), both counted from when the interaction was dispatched.
/// </summary>
public sealed partial class FakeDiscord
{
    private readonly Dictionary<string, FakeInteraction> _interactions = [];

    /// <summary>Dispatched interactions not yet answered: token → when Discord sent it.</summary>
    private readonly Dictionary<string, DateTimeOffset> _pending = [];

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
            CreateOriginal(token, response, DateTimeOffset.UtcNow);
        }

        Changed.Pulse();
    }

    /// <summary>The gateway sent <paramref name="interaction"/> at <paramref name="at"/>.</summary>
    internal void InteractionCreated(JsonNode interaction, DateTimeOffset at)
    {
        if (interaction["token"]?.GetValue<string>() is { } token)
        {
            lock (_interactions)
            {
                _pending[token] = at;
            }
        }
    }

    private (int, string?) Callback(string token, FakeRequest request)
    {
        lock (_interactions)
        {
            if (_interactions.ContainsKey(token))
            {
                return (400, """{"message":"Interaction has already been acknowledged.","code":40060}""");
            }

            var createdAt = _pending.GetValueOrDefault(token, request.ArrivedAt);
            if (request.ArrivedAt - createdAt > InteractionResponseDeadline)
            {
                return (404, """{"message":"Unknown interaction","code":10062}""");
            }

            _pending.Remove(token);
            CreateOriginal(token, request.Json, createdAt);
            return (204, null);
        }
    }

    private (int, string?) EditOriginal(string token, FakeRequest request) =>
        ChangeOriginal(token, request, original => original with { Content = Content(request.Json) ?? original.Content, Loading = false }, Created);

    private (int, string?) DeleteOriginal(string token, FakeRequest request) =>
        ChangeOriginal(token, request, original => original with { Deleted = true }, _ => (204, null));

    /// <summary>The routes on @original: once it is deleted, it is an unknown message.</summary>
    private (int, string?) ChangeOriginal(
        string token, FakeRequest request, Func<FakeInteractionMessage, FakeInteractionMessage> change, Func<FakeInteractionMessage, (int, string?)> answer)
    {
        lock (_interactions)
        {
            if (!TryWebhook(token, request, out var interaction, out var refused))
            {
                return refused;
            }

            var original = interaction.Messages[0];
            if (original.Deleted)
            {
                return UnknownMessage;
            }

            interaction.Messages[0] = change(original);
            return answer(original);
        }
    }

    private (int, string?) Followup(string token, FakeRequest request)
    {
        lock (_interactions)
        {
            if (!TryWebhook(token, request, out var interaction, out var refused))
            {
                return refused;
            }

            var original = interaction.Messages[0];
            if (original is { Loading: true, Deleted: true })
            {
                return UnknownMessage;
            }

            if (original.Loading)
            {
                interaction.Messages[0] = original with { Content = Content(request.Json), Loading = false };
                return Created(original);
            }

            var followup = new FakeInteractionMessage(NextId(), Content(request.Json), Ephemeral: IsEphemeral(request.Json), Loading: false);
            interaction.Messages.Add(followup);
            return Created(followup);
        }
    }

    /// <summary>The interaction whose webhook <paramref name="token"/> is, while the token is valid; else Discord's refusal.</summary>
    private bool TryWebhook(string token, FakeRequest request, out FakeInteraction interaction, out (int, string?) refused)
    {
        refused = default;
        if (!_interactions.TryGetValue(token, out interaction!))
        {
            refused = (404, """{"message":"Unknown Webhook","code":10015}""");
        }
        else if (request.ArrivedAt - interaction.CreatedAt > InteractionTokenLifetime)
        {
            refused = (401, """{"message":"Invalid Webhook Token","code":50027}""");
        }

        return refused == default;
    }

    private static (int, string?) UnknownMessage => (404, """{"message":"Unknown Message","code":10008}""");

    private static (int, string?) Created(FakeInteractionMessage message) =>
        (200, new JsonObject { ["id"] = message.Id, ["flags"] = message.Ephemeral ? 64 : 0 }.ToJsonString());

    private void CreateOriginal(string token, JsonNode? response, DateTimeOffset at)
    {
        var type = response?["type"]?.GetValue<int>();
        if (type is not (4 or 5))
        {
            // PONG and autocomplete results create no message.
            return;
        }

        var data = response?["data"];
        var original = new FakeInteractionMessage(NextId(), Content(data), IsEphemeral(data), Loading: type == 5);
        _interactions[token] = new FakeInteraction([original], at);
    }

    private static string? Content(JsonNode? message) => message?["content"]?.GetValue<string>();

    private static bool IsEphemeral(JsonNode? message) => ((message?["flags"]?.GetValue<int>() ?? 0) & 64) != 0;

    /// <summary>Created when dispatched; over the HTTP endpoint, when the fake got the response (at most 3 s later).</summary>
    private sealed record FakeInteraction(List<FakeInteractionMessage> Messages, DateTimeOffset CreatedAt);
}

/// <summary>
/// A message an interaction created: <paramref name="Loading"/> while a deferral was not yet edited,
/// <paramref name="Deleted"/> once the app deleted it.
/// </summary>
public sealed record FakeInteractionMessage(string Id, string? Content, bool Ephemeral, bool Loading, bool Deleted = false);
