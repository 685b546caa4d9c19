namespace DealBot.Cli;

/// <summary>What the command line asked for.</summary>
public enum CommandKind
{
    /// <summary>No command: run the configured platform, or the console chat when none is configured.</summary>
    Default,
    Chat,
    Ask,

    /// <summary>An MCP server on stdin/stdout, for desktop assistants.</summary>
    Mcp,
    Help,
}

/// <summary>How <c>ask</c> prints its answers.</summary>
public enum OutputFormat
{
    Text,
    Json,
    Jsonl,
}

/// <summary>
/// A parsed command line: the command, its options, the question (null: read questions from stdin), the
/// configuration overrides (<c>--Section:Key=value</c>) that go to the host's configuration, and the PNG file that
/// <c>--chart</c> asks answers to be drawn into (null: no chart).
/// </summary>
public sealed record CliCommand(CommandKind Kind, OutputFormat Format, string? Question, IReadOnlyList<string> ConfigurationArgs, string? ChartPath = null)
{
    public static CliCommand Default { get; } = new(CommandKind.Default, OutputFormat.Text, null, []);
}

/// <summary>The result of parsing: a command, or a one-line reason why the arguments are not understood.</summary>
public sealed record ParseResult(CliCommand? Command, string? Error)
{
    public static ParseResult Ok(CliCommand command) => new(command, null);

    public static ParseResult Fail(string error) => new(null, error);
}
