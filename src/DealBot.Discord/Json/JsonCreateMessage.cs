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

    /// <summary>The files sent with a multipart body: <c>id</c> n matches the part <c>files[n]</c>.</summary>
    public List<JsonAttachment>? Attachments { get; set; }

    /// <summary>
    /// At most 25 characters. With <see cref="EnforceNonce"/>, Discord returns the message already created with this
    /// nonce instead of posting it twice, which makes retrying a create after a 5xx or a lost response safe.
    /// </summary>
    public string? Nonce { get; set; }

    public bool? EnforceNonce { get; set; }
}

/// <summary>An uploaded file's entry in <c>payload_json</c>; an embed shows it as <c>attachment://{filename}</c>.</summary>
internal sealed class JsonAttachment
{
    public int Id { get; set; }

    public string Filename { get; set; } = "";

    /// <summary>Alt text (up to 1024 characters): what screen readers say for an image.</summary>
    public string? Description { get; set; }
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

    public JsonEmbedImage? Image { get; set; }
}

internal sealed class JsonEmbedImage
{
    /// <summary>An https URL, or <c>attachment://chart.png</c> for a file sent with the message.</summary>
    public string Url { get; set; } = "";
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
