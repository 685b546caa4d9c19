using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DealBot.Discord.Tests.Fakes;

/// <summary>
/// What Discord refuses with 400 (50035 Invalid Form Body) in the bodies DealBot sends: message and embed limits
/// (resources/message), allowed_mentions, nonces, interaction callbacks and autocomplete choices, and application
/// command definitions (interactions/application-commands). Each problem is one line naming the field.
/// </summary>
public static partial class DiscordRules
{
    private static readonly string[] MentionTypes = ["roles", "users", "everyone"];

    /// <summary>A message create, an interaction response's data or a webhook edit (<paramref name="edit"/>: every field optional).</summary>
    public static List<string> MessageProblems(JsonNode? message, bool interaction = false, bool edit = false)
    {
        var problems = new List<string>();
        if (message is not JsonObject body)
        {
            problems.Add("body: must be a JSON object");
            return problems;
        }

        var content = Text(body["content"]);
        if (content?.Length > 2000)
        {
            problems.Add($"content: {content.Length} characters, at most 2000");
        }

        var embeds = body["embeds"]?.AsArray() ?? [];
        if (embeds.Count > 10)
        {
            problems.Add($"embeds: {embeds.Count}, at most 10");
        }

        var total = 0;
        for (var i = 0; i < embeds.Count; i++)
        {
            total += EmbedProblems(embeds[i], $"embeds[{i}]", problems);
        }

        if (total > 6000)
        {
            problems.Add($"embeds: {total} characters in all, at most 6000");
        }

        if (!edit && string.IsNullOrEmpty(content) && embeds.Count == 0 && (body["attachments"]?.AsArray().Count ?? 0) == 0)
        {
            problems.Add("body: needs content, embeds or files");
        }

        if (body["allowed_mentions"] is JsonObject mentions)
        {
            var parse = mentions["parse"]?.AsArray().Select(Text).ToArray() ?? [];
            problems.AddRange(parse.Where(p => !MentionTypes.Contains(p)).Select(p => $"allowed_mentions.parse: unknown type '{p}'"));
            foreach (var list in new[] { "users", "roles" })
            {
                if (parse.Contains(list) && mentions[list] is not null)
                {
                    problems.Add($"allowed_mentions: parse:[\"{list}\"] and {list} are mutually exclusive");
                }
            }
        }

        if (body["nonce"] is { } nonce && (Text(nonce) ?? nonce.ToJsonString()).Length > 25)
        {
            problems.Add("nonce: more than 25 characters");
        }

        if (body["message_reference"] is { } reference && Text(reference["message_id"]) is null)
        {
            problems.Add("message_reference.message_id: required");
        }

        var flags = body["flags"]?.GetValue<int>() ?? 0;
        var allowedFlags = 4 | 4096 | 8192 | 32768 | (interaction ? 64 : 0);
        if ((flags & ~allowedFlags) != 0)
        {
            problems.Add($"flags: {flags} is not allowed here");
        }

        return problems;
    }

    /// <summary>The body of <c>POST /interactions/{id}/{token}/callback</c> or of an HTTP endpoint's response.</summary>
    public static List<string> CallbackProblems(JsonNode? callback)
    {
        var type = callback?["type"]?.GetValue<int>();
        var data = callback?["data"];
        switch (type)
        {
            case 1 or 6:
                return [];
            case 4 or 7:
                return MessageProblems(data, interaction: true);
            case 5:
                var flags = data?["flags"]?.GetValue<int>() ?? 0;
                return (flags & ~64) == 0 ? [] : [$"data.flags: only EPHEMERAL (64) is allowed with type 5, not {flags}"];
            case 8:
                var choices = data?["choices"]?.AsArray() ?? [];
                var problems = choices.Count > 25 ? [$"data.choices: {choices.Count}, at most 25"] : new List<string>();
                for (var i = 0; i < choices.Count; i++)
                {
                    Length(Text(choices[i]?["name"]), 1, 100, $"data.choices[{i}].name", problems);
                    if (choices[i]?["value"] is { } value && value.GetValueKind() == JsonValueKind.String)
                    {
                        Length(Text(value), 1, 100, $"data.choices[{i}].value", problems);
                    }
                }

                return problems;
            default:
                return [$"type: {type?.ToString() ?? "missing"} is not an interaction callback type"];
        }
    }

    /// <summary>The body of a bulk overwrite, <c>PUT /applications/{app}/commands</c> (or the guild variant).</summary>
    public static List<string> CommandProblems(JsonNode? commands)
    {
        var problems = new List<string>();
        var list = commands as JsonArray ?? [];
        if (list.Count(c => (c?["type"]?.GetValue<int>() ?? 1) == 1) > 100)
        {
            problems.Add("more than 100 CHAT_INPUT commands");
        }

        foreach (var (command, i) in list.Select((c, i) => (c, i)))
        {
            var path = $"[{i}]";
            Name(Text(command?["name"]), path + ".name", problems);
            Length(Text(command?["description"]), 1, 100, path + ".description", problems);
            OptionProblems(command?["options"]?.AsArray() ?? [], path, problems);
        }

        if (list.Select(c => Text(c?["name"])).Distinct().Count() != list.Count)
        {
            problems.Add("two commands share a name");
        }

        return problems;
    }

    private static void OptionProblems(JsonArray options, string path, List<string> problems)
    {
        if (options.Count > 25)
        {
            problems.Add($"{path}.options: {options.Count}, at most 25");
        }

        var optionalSeen = false;
        foreach (var (option, i) in options.Select((o, i) => (o, i)))
        {
            var at = $"{path}.options[{i}]";
            var type = option?["type"]?.GetValue<int>() ?? 0;
            if (type is < 1 or > 11)
            {
                problems.Add($"{at}.type: {type} is not an option type");
            }

            Name(Text(option?["name"]), at + ".name", problems);
            Length(Text(option?["description"]), 1, 100, at + ".description", problems);
            var required = option?["required"]?.GetValue<bool>() == true;
            if (required && optionalSeen)
            {
                problems.Add($"{at}: a required option must come before the optional ones");
            }

            optionalSeen |= !required;
            var choices = option?["choices"]?.AsArray() ?? [];
            if (choices.Count > 25)
            {
                problems.Add($"{at}.choices: {choices.Count}, at most 25");
            }

            if (choices.Count > 0 && option?["autocomplete"]?.GetValue<bool>() == true)
            {
                problems.Add($"{at}: autocomplete and choices are mutually exclusive");
            }

            foreach (var (choice, j) in choices.Select((c, j) => (c, j)))
            {
                Length(Text(choice?["name"]), 1, 100, $"{at}.choices[{j}].name", problems);
            }
        }
    }

    /// <summary>Characters counted in the 6000 total: title, description, field names and values, footer text, author name.</summary>
    private static int EmbedProblems(JsonNode? embed, string path, List<string> problems)
    {
        var title = Text(embed?["title"]);
        var description = Text(embed?["description"]);
        var footer = Text(embed?["footer"]?["text"]);
        var author = Text(embed?["author"]?["name"]);
        Length(title, 0, 256, path + ".title", problems);
        Length(description, 0, 4096, path + ".description", problems);
        Length(footer, 0, 2048, path + ".footer.text", problems);
        Length(author, 0, 256, path + ".author.name", problems);
        var fields = embed?["fields"]?.AsArray() ?? [];
        if (fields.Count > 25)
        {
            problems.Add($"{path}.fields: {fields.Count}, at most 25");
        }

        var total = (title?.Length ?? 0) + (description?.Length ?? 0) + (footer?.Length ?? 0) + (author?.Length ?? 0);
        for (var i = 0; i < fields.Count; i++)
        {
            var name = Text(fields[i]?["name"]);
            var value = Text(fields[i]?["value"]);
            Length(name ?? "", 1, 256, $"{path}.fields[{i}].name", problems);
            Length(value ?? "", 1, 1024, $"{path}.fields[{i}].value", problems);
            total += (name?.Length ?? 0) + (value?.Length ?? 0);
        }

        return total;
    }

    private static void Name(string? name, string path, List<string> problems)
    {
        // Discord's pattern also admits Devanagari and Thai marks; DealBot's names are plain words.
        if (name is null || !CommandName().IsMatch(name) || name != name.ToLowerInvariant())
        {
            problems.Add($"{path}: '{name}' must match ^[-_'\\p{{L}}\\p{{N}}]{{1,32}}$ in lower case");
        }
    }

    private static void Length(string? text, int min, int max, string path, List<string> problems)
    {
        var length = text?.Length ?? 0;
        if ((text is not null || min > 0) && (length < min || length > max))
        {
            problems.Add($"{path}: {length} characters, must be {min}–{max}");
        }
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    [GeneratedRegex(@"^[-_'\p{L}\p{N}]{1,32}$")]
    private static partial Regex CommandName();
}
