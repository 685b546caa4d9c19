using System.Diagnostics;

namespace DealBot.Deploy.Tests.Service;

/// <summary>
/// <c>dotnet publish -c Release</c> of the host, once for the test run, into a temporary folder: the native (AOT)
/// executable a container runs, not the Debug build. Linking needs clang (./test.sh installs it).
/// </summary>
public sealed class PublishedApp : IDisposable
{
    public PublishedApp()
    {
        Folder = Directory.CreateTempSubdirectory("dealbot-publish-").FullName;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
                 {
                     "publish", Repository.File("src", "DealBot", "DealBot.csproj"), "-c", "Release", "-o", Folder,
                     "--use-current-runtime", "--disable-build-servers", "-nologo",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(15)) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed: {output.Result}{error.Result}");
        }
    }

    public string Folder { get; }

    public string Executable => Path.Combine(Folder, "DealBot");

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
