namespace DealBot.Discord.Json;

/// <summary>Discord's error body, and the 429 body with <c>retry_after</c> in (fractional) seconds.</summary>
internal sealed class JsonRestError
{
    public int? Code { get; set; }

    public string? Message { get; set; }

    public double? RetryAfter { get; set; }

    public bool? Global { get; set; }
}
