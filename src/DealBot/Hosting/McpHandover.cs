#if !DEALBOT_MCP
using System.Runtime.InteropServices;

namespace DealBot.Hosting;

/// <summary>
/// The chat-only build (<c>-p:DealBotMcp=false</c>) asked for MCP or the HTTP API: it replaces itself with the full
/// build beside it, <c>DealBot-mcp</c>, through <c>execv</c>, so the process id, arguments, environment, standard
/// streams and signals (a container's SIGTERM) all stay the same, and the exit code is the full build's own.
/// </summary>
internal static partial class McpHandover
{
    private const string FullBuild = "DealBot-mcp";

    /// <summary>Returns only when the full build cannot be started: its exit code for the failure, after one line on <paramref name="error"/>.</summary>
    public static int Exec(IReadOnlyList<string> args, TextWriter error)
    {
        var path = Path.Combine(AppContext.BaseDirectory, FullBuild);
        if (!File.Exists(path))
        {
            error.WriteLine($"DealBot: this build has no MCP or HTTP API; run {FullBuild} (the full build) instead, or publish DealBot without -p:DealBotMcp=false.");
            return Cli.ExitCodes.Failure;
        }

        // argv[0] is the program's own path, then the arguments as given, then the terminating null.
        var argv = new IntPtr[args.Count + 2];
        argv[0] = Marshal.StringToCoTaskMemUTF8(path);
        for (var i = 0; i < args.Count; i++)
        {
            argv[i + 1] = Marshal.StringToCoTaskMemUTF8(args[i]);
        }

        Execv(argv[0], argv);
        error.WriteLine($"DealBot: cannot start {path}: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}");
        return Cli.ExitCodes.Failure;
    }

    [LibraryImport("libc", EntryPoint = "execv", SetLastError = true)]
    private static partial int Execv(IntPtr path, [In] IntPtr[] argv);
}
#endif
