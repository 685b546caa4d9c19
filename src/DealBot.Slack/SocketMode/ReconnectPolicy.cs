namespace DealBot.Slack.SocketMode;

/// <summary>
/// Delays between Socket Mode connection attempts: the first retry is immediate (a refresh or a single drop is
/// normal), then 1, 2, 4 … 60 s, each shortened by up to half at random so many bots do not reconnect in step; never
/// sooner than a Retry-After Slack gave.
/// </summary>
internal static class ReconnectPolicy
{
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(60);

    /// <param name="failures">Attempts that failed in a row (no hello received, or refused with too_many_websockets).</param>
    /// <param name="random">A value in [0, 1).</param>
    /// <param name="retryAfter">Slack's Retry-After from the last failed attempt; zero when it gave none.</param>
    public static TimeSpan Delay(int failures, double random, TimeSpan retryAfter = default)
    {
        var backoff = failures <= 0
            ? TimeSpan.Zero
            : TimeSpan.FromSeconds(Math.Min(Max.TotalSeconds, Math.Pow(2, Math.Min(failures - 1, 16)))) * (1 - (0.5 * random));
        return backoff > retryAfter ? backoff : retryAfter;
    }
}
