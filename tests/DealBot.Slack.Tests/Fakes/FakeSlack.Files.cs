using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace DealBot.Slack.Tests.Fakes;

/// <summary>Slack's files v2 upload flow: getUploadURLExternal → POST the bytes to upload_url → completeUploadExternal.</summary>
public sealed partial class FakeSlack
{
    private readonly ConcurrentDictionary<string, FakeUpload> _uploads = new();
    private int _fileId;

    /// <summary>Every file announced, in order of its id; <see cref="FakeUpload.Completed"/> once shared.</summary>
    public IReadOnlyList<FakeUpload> Uploads => _uploads.Values.OrderBy(u => u.FileId, StringComparer.Ordinal).ToArray();

    private JsonObject GetUploadUrl(JsonElement body)
    {
        if (Str(body, "filename") is not { Length: > 0 } name
            || !int.TryParse(Str(body, "length"), NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length <= 0)
        {
            return Error("invalid_arguments");
        }

        var id = $"F{Interlocked.Increment(ref _fileId):D6}";
        _uploads[id] = new FakeUpload(id, name, length, Str(body, "alt_txt"));
        return Ok(new JsonObject { ["upload_url"] = new Uri(BaseUrl, $"upload/{id}").ToString(), ["file_id"] = id });
    }

    /// <summary>The upload URL: takes the bytes (raw body) once; the length must be the one announced.</summary>
    private async Task UploadAsync(HttpContext context)
    {
        var id = (string)context.Request.RouteValues["id"]!;
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var bytes = buffer.ToArray();
        var status = _uploads.TryGetValue(id, out var upload) && upload.Bytes is null && bytes.Length == upload.Length ? 200 : 400;
        if (status == 200)
        {
            upload!.Bytes = bytes;
            upload.UploadContentType = context.Request.ContentType;
        }

        Record("upload_url", context.Request.Headers.Authorization.ToString() is { Length: > 0 } auth ? auth : null,
            JsonSerializer.SerializeToElement(new JsonObject { ["file_id"] = id, ["length"] = bytes.Length }), status);
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain";
        await context.Response.WriteAsync(status == 200 ? $"OK - {bytes.Length}" : "upload refused");
    }

    private JsonObject CompleteUpload(JsonElement body)
    {
        if (Str(body, "channel_id") is not { Length: > 0 } channel)
        {
            return Error("invalid_arguments");
        }

        if (channel == "CGONE")
        {
            return Error("channel_not_found");
        }

        var files = body.TryGetProperty("files", out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().ToArray() : [];
        var shared = new JsonArray();
        foreach (var file in files)
        {
            if (Str(file, "id") is not { } id || !_uploads.TryGetValue(id, out var upload) || upload.Bytes is null || upload.Completed)
            {
                return Error("file_not_found");
            }

            (upload.Title, upload.ChannelId, upload.ThreadTs, upload.Completed) = (Str(file, "title"), channel, Str(body, "thread_ts"), true);
            shared.Add(new JsonObject { ["id"] = id, ["title"] = upload.Title });
        }

        return files.Length == 0 ? Error("invalid_arguments") : Ok(new JsonObject { ["files"] = shared });
    }
}
