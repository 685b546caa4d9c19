using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace DealBot.Deploy.Tests.Manifests;

public sealed partial class DockerfileTest
{
    private static readonly string[] Lines = JoinContinuations(File.ReadAllLines(Path.Combine(Repository.Deploy, "Dockerfile")));

    [Fact]
    public void BaseImages_AreBuildArguments_DefaultingToTheOfficialImages()
    {
        Assert.Contains("ARG SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0", Lines);
        Assert.Contains("ARG RUNTIME_IMAGE=mcr.microsoft.com/dotnet/runtime-deps:10.0", Lines);
        Assert.Equal(["FROM ${SDK_IMAGE} AS build", "FROM ${RUNTIME_IMAGE} AS runtime"], Lines.Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)));
    }

    [Fact]
    public void RestoreLayer_CopiesEveryProjectTheHostBuildsFrom_BeforeTheSources()
    {
        var restore = Array.FindIndex(Lines, l => l.StartsWith("RUN dotnet restore", StringComparison.Ordinal));
        var sources = Array.IndexOf(Lines, "COPY src/ src/");
        var copied = Lines.Take(restore).Where(l => l.StartsWith("COPY src/", StringComparison.Ordinal)).Select(l => l.Split(' ')[1]).ToHashSet();

        Assert.True(restore > 0 && sources > restore, "restore comes before the sources are copied");
        Assert.All(ProjectClosure("src/DealBot/DealBot.csproj"), project => Assert.Contains(project, copied));
        Assert.All(copied, project => Assert.True(File.Exists(Repository.File(project)), $"{project} is copied but does not exist"));
    }

    [Fact]
    public void Publish_IsReleaseWithoutTheDevelopersBinAndObj_ChatOnlyAsDealBot_FullBuildAsDealBotMcp()
    {
        var publish = Assert.Single(Lines, l => l.Contains("dotnet publish", StringComparison.Ordinal));

        Assert.Contains("-c Release", publish, StringComparison.Ordinal);
        Assert.Contains("dotnet publish src/DealBot/DealBot.csproj -c Release --use-current-runtime -o /mcp &&", publish, StringComparison.Ordinal);
        Assert.Contains("dotnet publish src/DealBot/DealBot.csproj -c Release --use-current-runtime -p:DealBotMcp=false -o /app &&", publish, StringComparison.Ordinal);
        Assert.Contains("mv /mcp/DealBot /app/DealBot-mcp", publish, StringComparison.Ordinal);
        Assert.Contains("-name bin -o -name obj", publish, StringComparison.Ordinal);
        var ignored = File.ReadAllLines(Path.Combine(Repository.Deploy, "Dockerfile.dockerignore"));
        Assert.Contains("**/bin/", ignored);
        Assert.Contains("**/obj/", ignored);
    }

    [Fact]
    public void Runtime_RunsAsANumericNonRootUser_WithFontsHealthcheckAndDataVolume()
    {
        var runtime = Lines.SkipWhile(l => !l.StartsWith("FROM ${RUNTIME_IMAGE}", StringComparison.Ordinal)).ToList();

        var user = Assert.Single(runtime, l => l.StartsWith("USER ", StringComparison.Ordinal));
        Assert.Matches(@"^USER [1-9][0-9]*:[1-9][0-9]*$", user);
        Assert.Contains(runtime, l => l.Contains("fonts-dejavu-core", StringComparison.Ordinal));
        Assert.Contains(runtime, l => l.StartsWith("HEALTHCHECK ", StringComparison.Ordinal) && l.Contains("/healthz", StringComparison.Ordinal));
        Assert.Contains("VOLUME [\"/data\"]", runtime);
        Assert.Contains("ENTRYPOINT [\"/app/DealBot\"]", runtime);
        Assert.Contains(runtime, l => l.Contains("Logging__Console__FormatterName=json", StringComparison.Ordinal));
    }

    /// <summary>A project and every project it references, as repository-relative paths.</summary>
    private static IReadOnlySet<string> ProjectClosure(string project)
    {
        var found = new HashSet<string>();
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var next))
        {
            if (!found.Add(next))
            {
                continue;
            }

            var folder = Path.GetDirectoryName(Repository.File(next))!;
            foreach (var reference in XDocument.Load(Repository.File(next)).Descendants("ProjectReference"))
            {
                var path = Path.GetFullPath(Path.Combine(folder, reference.Attribute("Include")!.Value.Replace('\\', '/')));
                pending.Push(Path.GetRelativePath(Repository.Root, path));
            }
        }

        return found;
    }

    /// <summary>Dockerfile lines with backslash continuations joined and comments dropped.</summary>
    private static string[] JoinContinuations(string[] lines) => Continuation()
        .Replace(string.Join("\n", lines.Where(l => !l.TrimStart().StartsWith('#'))), " ")
        .Split('\n')
        .Select(l => Spaces().Replace(l.Trim(), " "))
        .Where(l => l.Length > 0)
        .ToArray();

    [GeneratedRegex(@"\\\n")]
    private static partial Regex Continuation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
