namespace DealBot.Discord.Json;

/// <summary>The body of <c>POST /channels/{id}/messages</c>, and of webhook edits (which ignore the reference).</summary>
internal sealed class JsonCreateMessage
{
    public string? Content { get; set; }

    public List<JsonEmbed>? Embeds { get; set; }

    public JsonAllowedMentions AllowedMentions { get; set; } = JsonAllowedMentions.None;

    public JsonMessageReference? MessageReference { get; set; }

    /// <summary>64 = EPHEMERAL (interaction responses only).</summary>
    public int? Flags { get; set; }
}

/// <summary><c>{"parse":[]}</c>: nothing in the text can ping anyone; <c>replied_user</c> decides whether the asker is pinged.</summary>
internal sealed class JsonAllowedMentions
{
    public static JsonAllowedMentions None { get; } = new();

    public List<string> Parse { get; set; } = [];

    public bool? RepliedUser { get; set; }
}

internal sealed class JsonMessageReference
{
    public string MessageId { get; set; } = "";

    /// <summary>False: if the question was deleted meanwhile, the answer is still posted as a plain message.</summary>
    public bool FailIfNotExists { get; set; }
}

internal sealed class JsonEmbed
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    public int? Color { get; set; }

    public List<JsonEmbedField>? Fields { get; set; }

    public JsonEmbedFooter? Footer { get; set; }
}

internal sealed class JsonEmbedField
{
    public string Name { get; set; } = "";

    public string Value { get; set; } = "";

    public bool? Inline { get; set; }
}

internal sealed class JsonEmbedFooter
{
    public string Text { get; set; } = "";
}
