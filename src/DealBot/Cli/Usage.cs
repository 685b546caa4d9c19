namespace DealBot.Cli;

/// <summary>The usage line (for errors, on stderr) and the help text (for <c>--help</c>, on stdout).</summary>
public static class Usage
{
    public const string Line =
        "Usage: DealBot [chat [--format jsonl] | ask [--format text|json|jsonl] [--] \"question\" | mcp | help] [--chart FILE.png] [--DealBot:Key=value] (--help for more)";

    public const string Help =
        """
        DealBot answers questions about AI compute deals (cost and scale) with its working, assumptions and sources.

        Usage:
          DealBot                          Run the bot: the console chat when no chat platform is configured.
          DealBot chat                     Console chat; keeps context for follow-ups ("and per year?").
          DealBot ask "question"           Answer one question as plain text.
          DealBot ask --format json "q"    Answer one question as one JSON object.
          DealBot ask "q" --chart f.png    Answer one question and draw its chart into f.png (800×450).
          DealBot ask --format jsonl       Read questions from stdin, one per line; write one JSON object per line.
          DealBot ask                      Read questions from stdin, one per line; answers as plain text.
          DealBot chat --format jsonl      Like ask --format jsonl, but one conversation: follow-ups keep context.
          DealBot mcp                      An MCP server on stdin/stdout for AI assistants (tools and resources).
          DealBot help | --help            This text.

        Options:
          -f, --format text|json|jsonl     Output of ask and chat (default text).
          --chart FILE.png                 Draw the answer's chart (spend over time, deals side by side, a what-if
                                           next to the original) into FILE.png; in chat, each new chart replaces it.
          --                               Ends the options: ask -- "-5 GPUs at $2/hr".
          --Section:Key=value              Configuration for this run, e.g. --DealBot:CatalogPath=my-catalog.json
          --Urls=URL                       Where the service listens (default http://localhost:8080)

        Configuration (appsettings.json, environment variables such as DealBot__CatalogPath, or --DealBot:Key=value):
          DealBot:CatalogPath              Your own catalog file (default: the built-in catalog).
          DealBot:DefaultDeal              The deal a question means when it names none (default: the catalog's).
          DealBot:ConversationMinutes      How long follow-up context lasts (default 60).
          DealBot:RateLimitPerMinute       Questions a user may ask per minute on a platform (default 20).
          DealBot:RateLimitBurst           Questions a user may ask at once (default 5).
          Mcp:ApiKeys:0, Mcp:ApiKeys:1     Bearer tokens for /mcp and the HTTP API (/v1/ask, /v1/deals); setting one
                                           runs the service. Required when listening beyond loopback.
          Mcp:RateLimitPerMinute           Requests a key may make per minute (default 120; burst Mcp:RateLimitBurst, 20).

        Exit codes: 0 ok, 1 bad configuration or catalog, 2 bad command line.

        """;
}
