namespace DealBot.Slack.Tests.Fakes;

/// <summary>
/// One file in Slack's files v2 flow, as the fake saw it: announced by files.getUploadURLExternal (name, length, alt
/// text), its bytes POSTed to the upload URL, then shared by files.completeUploadExternal (title, channel, thread).
/// </summary>
public sealed record FakeUpload(string FileId, string FileName, int Length, string? AltText)
{
    public byte[]? Bytes { get; set; }

    public string? UploadContentType { get; set; }

    public string? Title { get; set; }

    public string? ChannelId { get; set; }

    public string? ThreadTs { get; set; }

    /// <summary>Shared into a channel by files.completeUploadExternal.</summary>
    public bool Completed { get; set; }
}
