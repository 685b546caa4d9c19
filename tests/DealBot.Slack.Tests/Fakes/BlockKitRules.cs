using System.Text.Json;

namespace DealBot.Slack.Tests.Fakes;

/// <summary>
/// What Slack refuses with invalid_blocks in a message DealBot sends (Block Kit reference: at most 50 blocks; header
/// plain_text ≤ 150; section text ≤ 3000; at most 10 section fields, each ≤ 2000; at most 10 context elements, each
/// text ≤ 3000; at most 25 actions elements). Each problem is one line naming the block.
/// </summary>
public static class BlockKitRules
{
    public static List<string> MessageProblems(JsonElement message)
    {
        var problems = new List<string>();
        var blocks = message.GetProperty("blocks").EnumerateArray().ToArray();
        if (blocks.Length > 50)
        {
            problems.Add($"blocks: {blocks.Length}, at most 50");
        }

        for (var i = 0; i < blocks.Length; i++)
        {
            var block = blocks[i];
            switch (block.GetProperty("type").GetString())
            {
                case "header":
                    Check(problems, $"blocks[{i}].text", block.GetProperty("text"), 150, "plain_text");
                    break;
                case "section":
                    if (block.TryGetProperty("text", out var text))
                    {
                        Check(problems, $"blocks[{i}].text", text, 3000);
                    }

                    if (block.TryGetProperty("fields", out var fields))
                    {
                        Count(problems, $"blocks[{i}].fields", fields, 10);
                        var j = 0;
                        foreach (var field in fields.EnumerateArray())
                        {
                            Check(problems, $"blocks[{i}].fields[{j++}]", field, 2000);
                        }
                    }

                    break;
                case "context":
                    var elements = block.GetProperty("elements");
                    Count(problems, $"blocks[{i}].elements", elements, 10);
                    foreach (var element in elements.EnumerateArray())
                    {
                        Check(problems, $"blocks[{i}].elements", element, 3000);
                    }

                    break;
                case "actions":
                    Count(problems, $"blocks[{i}].elements", block.GetProperty("elements"), 25);
                    break;
            }
        }

        return problems;
    }

    private static void Check(List<string> problems, string path, JsonElement text, int max, string? type = null)
    {
        var value = text.GetProperty("text").GetString() ?? "";
        if (value.Length is 0 || value.Length > max)
        {
            problems.Add($"{path}: {value.Length} characters, 1 to {max}");
        }

        if (type is not null && text.GetProperty("type").GetString() != type)
        {
            problems.Add($"{path}: must be {type}");
        }
    }

    private static void Count(List<string> problems, string path, JsonElement array, int max)
    {
        var count = array.GetArrayLength();
        if (count is 0 || count > max)
        {
            problems.Add($"{path}: {count} items, 1 to {max}");
        }
    }
}
