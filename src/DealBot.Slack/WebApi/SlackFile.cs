namespace DealBot.Slack.WebApi;

/// <summary>A file to upload: its name, bytes and type, the title Slack shows above it and alt text for screen readers.</summary>
public sealed record SlackFile(string FileName, byte[] Content, string ContentType, string Title, string? AltText)
{
    /// <summary>Slack's limit on <c>alt_txt</c>.</summary>
    public const int AltTextMax = 1000;
}
