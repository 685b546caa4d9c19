namespace DealBot.Deploy.Tests;

/// <summary>Paths in the repository the tests run from (found by walking up to DealBot.sln).</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Deploy => Path.Combine(Root, "deploy");

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(directory.FullName, "DealBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"DealBot.sln not found above {AppContext.BaseDirectory}");
    }
}
