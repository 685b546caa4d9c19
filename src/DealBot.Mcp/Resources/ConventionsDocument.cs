namespace DealBot.Mcp.Resources;

/// <summary>docs/conventions.md, embedded at build time: the one copy of how answers count, served as a resource.</summary>
public static class ConventionsDocument
{
    public static string Text { get; } = Read();

    private static string Read()
    {
        using var stream = typeof(ConventionsDocument).Assembly.GetManifestResourceStream("DealBot.Mcp.conventions.md")
            ?? throw new InvalidOperationException("The conventions document is not embedded in DealBot.Mcp.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
