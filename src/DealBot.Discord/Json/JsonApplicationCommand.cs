namespace DealBot.Discord.Json;

/// <summary>An application command as sent in a bulk overwrite and as returned by <c>GET …/commands</c>.</summary>
internal sealed class JsonApplicationCommand
{
    public string? Id { get; set; }

    /// <summary>1 CHAT_INPUT (slash command).</summary>
    public int? Type { get; set; }

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public List<JsonCommandOption>? Options { get; set; }
}

internal sealed class JsonCommandOption
{
    /// <summary>3 STRING, 4 INTEGER, 5 BOOLEAN, 10 NUMBER.</summary>
    public int Type { get; set; }

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public bool? Required { get; set; }

    public bool? Autocomplete { get; set; }

    public List<JsonCommandChoice>? Choices { get; set; }

    public double? MinValue { get; set; }

    public double? MaxValue { get; set; }
}

internal sealed class JsonCommandChoice
{
    public string Name { get; set; } = "";

    /// <summary>DealBot only uses STRING options with choices.</summary>
    public string Value { get; set; } = "";
}
