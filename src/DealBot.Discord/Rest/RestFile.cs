namespace DealBot.Discord.Rest;

/// <summary>A file sent with a message as the multipart part <c>files[n]</c>.</summary>
internal sealed record RestFile(string FileName, string ContentType, byte[] Content);
