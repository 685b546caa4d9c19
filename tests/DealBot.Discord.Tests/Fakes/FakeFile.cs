namespace DealBot.Discord.Tests.Fakes;

/// <summary>A file part of a multipart request: its form name (<c>files[0]</c>), file name, content type and bytes.</summary>
public sealed record FakeFile(string Name, string FileName, string? ContentType, byte[] Content);
