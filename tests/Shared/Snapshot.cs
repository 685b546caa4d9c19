using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DealBot.Tests.Shared;

/// <summary>
/// Shared by the Chat, Discord and Slack tests (linked into each). A payload checked against the text checked in
/// under the test project's <c>Snapshots/</c> (copied next to the tests): a change in what a client is sent shows up
/// as a diff in review. Run the tests with <c>DEALBOT_UPDATE_SNAPSHOTS=1</c> to write the files anew in the source
/// tree after an intended change, then read the diff.
/// </summary>
public static class Snapshot
{
    private static readonly JsonWriterOptions Indented = new()
    {
        Indented = true,
        // What a reviewer reads: "–" and "×" as they are, not \u2013.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Matches(string actual, string name, [CallerFilePath] string testFile = "")
    {
        if (Environment.GetEnvironmentVariable("DEALBOT_UPDATE_SNAPSHOTS") == "1")
        {
            var project = Path.GetDirectoryName(testFile);
            while (project is not null && Directory.GetFiles(project, "*.csproj").Length == 0)
            {
                project = Path.GetDirectoryName(project);
            }

            var source = Path.Combine(project ?? throw new InvalidOperationException($"No project above {testFile}"), "Snapshots", name);
            Directory.CreateDirectory(Path.GetDirectoryName(source)!);
            File.WriteAllText(source, actual + "\n");
            return;
        }

        var path = Path.Combine(AppContext.BaseDirectory, "Snapshots", name);
        Assert.True(File.Exists(path), $"No snapshot {name}: run the tests with DEALBOT_UPDATE_SNAPSHOTS=1 and check the file in.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n").TrimEnd('\n'), actual.ReplaceLineEndings("\n"));
    }

    /// <summary>JSON written indented, property order as sent.</summary>
    public static void MatchesJson(JsonNode actual, string name, [CallerFilePath] string testFile = "")
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Indented))
        {
            actual.WriteTo(writer);
        }

        Matches(System.Text.Encoding.UTF8.GetString(buffer.ToArray()), name, testFile);
    }
}
