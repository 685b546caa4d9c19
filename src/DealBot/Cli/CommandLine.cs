namespace DealBot.Cli;

/// <summary>
/// Parses <c>dealbot [chat | ask [--format text|json|jsonl] [--] question… | mcp | help] [--chart FILE.png] [--Section:Key=value…]</c>.
/// Never throws: anything it does not understand becomes a one-line error for the usage message.
/// </summary>
public static class CommandLine
{
    public static ParseResult Parse(IReadOnlyList<string> args)
    {
        var kind = (CommandKind?)null;
        var format = (OutputFormat?)null;
        var chart = (string?)null;
        var words = new List<string>();
        var configuration = new List<string>();
        var help = false;
        var optionsEnded = false;

        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (optionsEnded || arg == "-" || !arg.StartsWith('-'))
            {
                if (kind is null && !optionsEnded)
                {
                    if (ParseCommand(arg) is not { } command)
                    {
                        return ParseResult.Fail($"unknown command '{Shorten(arg)}'");
                    }

                    kind = command;
                    continue;
                }

                words.Add(arg);
                continue;
            }

            switch (arg)
            {
                case "--":
                    optionsEnded = true;
                    break;
                case "--help" or "-h" or "-?":
                    help = true;
                    break;
                case "--format" or "-f":
                    if (i + 1 >= args.Count)
                    {
                        return ParseResult.Fail($"{arg} needs a value: text, json or jsonl");
                    }

                    if (ParseFormat(args[++i]) is not { } next)
                    {
                        return ParseResult.Fail($"unknown format '{Shorten(args[i])}' (use text, json or jsonl)");
                    }

                    format = next;
                    break;
                case "--chart":
                    if (i + 1 >= args.Count || args[i + 1].Length == 0)
                    {
                        return ParseResult.Fail("--chart needs a file name, e.g. --chart deal.png");
                    }

                    chart = args[++i];
                    break;
                default:
                    if (arg.StartsWith("--chart=", StringComparison.Ordinal))
                    {
                        if (arg.Length == "--chart=".Length)
                        {
                            return ParseResult.Fail("--chart needs a file name, e.g. --chart deal.png");
                        }

                        chart = arg["--chart=".Length..];
                    }
                    else if (arg.StartsWith("--format=", StringComparison.Ordinal))
                    {
                        if (ParseFormat(arg["--format=".Length..]) is not { } inline)
                        {
                            return ParseResult.Fail($"unknown format '{Shorten(arg["--format=".Length..])}' (use text, json or jsonl)");
                        }

                        format = inline;
                    }
                    else if (IsConfigurationOverride(arg))
                    {
                        configuration.Add(arg);
                    }
                    else
                    {
                        return ParseResult.Fail($"unknown option '{Shorten(arg)}' (a question that starts with '-' goes after '--')");
                    }

                    break;
            }
        }

        if (help || kind == CommandKind.Help)
        {
            return ParseResult.Ok(new CliCommand(CommandKind.Help, OutputFormat.Text, null, configuration));
        }

        kind ??= optionsEnded && words.Count > 0 ? null : CommandKind.Default;
        if (kind is null)
        {
            return ParseResult.Fail("a question needs the ask command: ask -- \"question\"");
        }

        if (kind is not (CommandKind.Ask or CommandKind.Chat) && format is not null)
        {
            return ParseResult.Fail("--format belongs to the ask and chat commands");
        }

        if (kind == CommandKind.Chat && format is not (null or OutputFormat.Text) && chart is not null)
        {
            return ParseResult.Fail("--chart draws into a file for people; chat --format jsonl is for programs");
        }

        if (kind != CommandKind.Ask && words.Count > 0)
        {
            return ParseResult.Fail($"unexpected argument '{Shorten(words[0])}' (did you mean: ask \"{Shorten(string.Join(' ', words))}\"?)");
        }

        var question = words.Count > 0 ? string.Join(' ', words) : null;
        if (chart is not null && !(kind == CommandKind.Chat || (kind == CommandKind.Ask && question is not null)))
        {
            return ParseResult.Fail(kind == CommandKind.Ask
                ? "--chart draws one answer: ask \"question\" --chart FILE.png"
                : "--chart belongs to the ask and chat commands");
        }

        return ParseResult.Ok(new CliCommand(kind.Value, format ?? OutputFormat.Text, question, configuration, chart));
    }

    /// <summary>
    /// <c>--Section:Key=value</c>: a configuration value for this run (the key names a section), or <c>--Urls=…</c>,
    /// the one top-level key the host reads. Other bare words stay errors, so a mistyped option is not taken silently.
    /// </summary>
    private static bool IsConfigurationOverride(string arg)
    {
        if (!arg.StartsWith("--", StringComparison.Ordinal))
        {
            return false;
        }

        var equals = arg.IndexOf('=');
        var colon = arg.IndexOf(':');
        return (equals > 2 && colon > 2 && colon < equals - 1)
            || arg.StartsWith("--Urls=", StringComparison.OrdinalIgnoreCase);
    }

    private static CommandKind? ParseCommand(string word) => word.ToLowerInvariant() switch
    {
        "ask" => CommandKind.Ask,
        "chat" => CommandKind.Chat,
        "mcp" => CommandKind.Mcp,
        "help" => CommandKind.Help,
        _ => null,
    };

    private static OutputFormat? ParseFormat(string value) => value.ToLowerInvariant() switch
    {
        "text" or "plain" => OutputFormat.Text,
        "json" => OutputFormat.Json,
        "jsonl" or "ndjson" => OutputFormat.Jsonl,
        _ => null,
    };

    /// <summary>Keeps an error message to one short line whatever the user typed.</summary>
    private static string Shorten(string text)
    {
        var line = new string(text.Select(c => char.IsControl(c) ? ' ' : c).Take(41).ToArray());
        return line.Length > 40 ? line[..40] + "…" : line;
    }
}
