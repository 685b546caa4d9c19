using System.Text.Json;

namespace DealBot.Slack.Tests.Fakes;

/// <summary>One request the fake Slack received: Web API method (or "response_url"), bearer token, body and when (by the test clock).</summary>
public sealed record FakeSlackCall(string Method, string? Token, JsonElement Body, int Status, DateTimeOffset At)
{
    public string? Str(string name) => Body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public override string ToString() => $"{Method} {Status} {Body}";
}
