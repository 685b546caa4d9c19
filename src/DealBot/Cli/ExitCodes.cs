namespace DealBot.Cli;

/// <summary>Process exit codes, the same for every command.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Bad configuration, a bad catalog file, or a platform that is configured but not available.</summary>
    public const int Failure = 1;

    /// <summary>Unknown command or bad option.</summary>
    public const int Usage = 2;
}
