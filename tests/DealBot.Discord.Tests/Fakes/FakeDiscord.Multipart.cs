using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace DealBot.Discord.Tests.Fakes;

/// <summary>Reads request bodies as Discord does: JSON, or multipart/form-data with <c>payload_json</c> and <c>files[n]</c>.</summary>
public sealed partial class FakeDiscord
{
    /// <summary>When set, every upload is refused as a channel without the Attach Files permission refuses it (403, 50013).</summary>
    public bool RefuseFiles { get; set; }

    /// <summary>What Discord would refuse about an upload: 403 when files are refused, 400 (50035) for a malformed form.</summary>
    private (int Status, string Json)? CheckUpload(FakeRequest request)
    {
        if (!request.IsMultipart)
        {
            return null;
        }

        if (RefuseFiles)
        {
            return (403, """{"message":"Missing Permissions","code":50013}""");
        }

        var json = request.Body.Length == 0 ? null : System.Text.Json.Nodes.JsonNode.Parse(request.Body);
        var attachments = json?["attachments"]?.AsArray() ?? [];
        var valid = json is not null && request.Files.Count == attachments.Count && request.Files.Select((file, i) =>
            file.Name == $"files[{i}]"
            && attachments.Any(a => a?["id"]?.GetValue<int>() == i && a["filename"]?.GetValue<string>() == file.FileName)).All(ok => ok);
        var images = json?["embeds"]?.AsArray().Select(e => e?["image"]?["url"]?.GetValue<string>()).OfType<string>() ?? [];
        valid &= images.All(url => !url.StartsWith("attachment://", StringComparison.Ordinal) || request.Files.Any(f => "attachment://" + f.FileName == url));
        return valid ? null : (400, """{"message":"Invalid Form Body","code":50035}""");
    }

    private static async Task<(string Json, IReadOnlyList<FakeFile> Files)> ReadBodyAsync(HttpRequest request)
    {
        if (request.ContentType is not { } type || !type.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            return (await reader.ReadToEndAsync(), []);
        }

        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(type).Boundary).Value
            ?? throw new InvalidDataException("multipart body without a boundary");
        var multipart = new MultipartReader(boundary, request.Body);
        var json = "";
        var files = new List<FakeFile>();
        while (await multipart.ReadNextSectionAsync() is { } section)
        {
            var disposition = ContentDispositionHeaderValue.Parse(section.ContentDisposition);
            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
            using var content = new MemoryStream();
            await section.Body.CopyToAsync(content);
            if (name == "payload_json")
            {
                json = Encoding.UTF8.GetString(content.ToArray());
            }
            else
            {
                var fileName = HeaderUtilities.RemoveQuotes(disposition.FileName).Value ?? "";
                files.Add(new FakeFile(name, fileName, section.ContentType, content.ToArray()));
            }
        }

        return (json, files);
    }
}
