using System.Diagnostics;

namespace DealBot.Deploy.Tests.Service;

/// <summary>
/// The host published as the container ships it, once for the test run, into a temporary folder: the native (AOT)
/// executables of <c>dotnet publish -c Release</c>, not the Debug build. <see cref="Executable"/> is the chat-only
/// build (<c>-p:DealBotMcp=false</c>) and <see cref="FullBuild"/> beside it the build with MCP, which the chat-only
/// one hands over to. The two are published one after the other, as they build the same projects. Linking needs clang
/// (./test.sh installs it).
/// </summary>
public sealed class PublishedApp : IDisposable
{
    public PublishedApp()
    {
        Folder = Directory.CreateTempSubdirectory("dealbot-publish-").FullName;
        var full = Directory.CreateTempSubdirectory("dealbot-publish-mcp-").FullName;
        try
        {
            Publish(full);
            Publish(Folder, "-p:DealBotMcp=false");
            File.Move(Path.Combine(full, "DealBot"), FullBuild);
        }
        finally
        {
            Directory.Delete(full, recursive: true);
        }
    }

    public string Folder { get; }

    public string Executable => Path.Combine(Folder, "DealBot");

    public string FullBuild => Path.Combine(Folder, "DealBot-mcp");

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private static void Publish(string folder, params string[] properties)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
                 {
                     "publish", Repository.File("src", "DealBot", "DealBot.csproj"), "-c", "Release", "-o", folder,
                     "--use-current-runtime", "--disable-build-servers", "-nologo",
                 }.Concat(properties))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(15)) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish {string.Join(' ', properties)} failed: {output.Result}{error.Result}");
        }
    }
}
