namespace DealBot.Slack.SocketMode;

/// <summary>
/// Delays between Socket Mode connection attempts: the first retry is immediate (a refresh or a single drop is
/// normal), then 1, 2, 4 … 60 s, each shortened by up to half at random so many bots do not reconnect in step.
/// </summary>
internal static class ReconnectPolicy
{
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(60);

    /// <param name="failures">Attempts that failed in a row (no hello received).</param>
    /// <param name="random">A value in [0, 1).</param>
    public static TimeSpan Delay(int failures, double random)
    {
        if (failures <= 0)
        {
            return TimeSpan.Zero;
        }

        var full = TimeSpan.FromSeconds(Math.Min(Max.TotalSeconds, Math.Pow(2, Math.Min(failures - 1, 16))));
        return full * (1 - (0.5 * random));
    }
}
