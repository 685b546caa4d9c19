using System.Diagnostics;

namespace DealBot.Deploy.Tests.Container;

/// <summary>
/// The real deploy/Dockerfile built with podman, once for the test class. The official base images cannot be pulled
/// here, so Container/make-base-images.sh makes stand-ins (cached under /var/tmp/dealbot-images) and they are passed
/// as the Dockerfile's SDK_IMAGE and RUNTIME_IMAGE build arguments; restore reaches the package registry through
/// --network host.
/// </summary>
public sealed class DealBotImage : IDisposable
{
    public DealBotImage()
    {
        Podman = new Podman();
        var script = Repository.File("tests", "DealBot.Deploy.Tests", "Container", "make-base-images.sh");
        var bases = Stopwatch.StartNew();
        var made = Podman.Execute("bash", [script], TimeSpan.FromMinutes(15));
        if (made.Exit != 0)
        {
            throw new InvalidOperationException($"the stand-in base images could not be made: {made.Error}");
        }

        BaseImagesTime = bases.Elapsed;
        var images = made.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);

        Tag = $"localhost/dealbot-test:{Guid.NewGuid():N}";
        var build = Stopwatch.StartNew();
        var built = Podman.Run(
            [
                "build", "--format", "docker", "--network", "host", "--ignorefile", Repository.File("deploy", "Dockerfile.dockerignore"),
                "--build-arg", $"SDK_IMAGE={images["SDK_IMAGE"]}", "--build-arg", $"RUNTIME_IMAGE={images["RUNTIME_IMAGE"]}",
                "-f", Repository.File("deploy", "Dockerfile"), "-t", Tag, Repository.Root,
            ],
            TimeSpan.FromMinutes(20));
        if (built.Exit != 0)
        {
            throw new InvalidOperationException($"podman build of deploy/Dockerfile failed ({built.Exit}):\n{Tail(built.Output)}\n{Tail(built.Error)}");
        }

        BuildTime = build.Elapsed;
    }

    public Podman Podman { get; }

    public string Tag { get; }

    public TimeSpan BaseImagesTime { get; }

    public TimeSpan BuildTime { get; }

    public void Dispose()
    {
        Podman.Run(["rmi", "--force", Tag], TimeSpan.FromMinutes(2));
        Podman.Dispose();
    }

    private static string Tail(string text) => string.Join('\n', text.Split('\n').TakeLast(40));
}
