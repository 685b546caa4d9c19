namespace DealBot.Discord.Gateway;

/// <summary>
/// At once after a healthy connection drops, then exponential backoff from <paramref name="first"/> to
/// <paramref name="max"/> with "equal jitter" (half fixed, half random), so that replicas that lost Discord together
/// do not all come back in the same instant, and a failing gateway is not hammered.
/// </summary>
internal sealed class BackoffReconnectStrategy(Random random, TimeSpan first, TimeSpan max) : IReconnectStrategy
{
    public static BackoffReconnectStrategy Default { get; } = new(Random.Shared, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));

    public IEnumerable<TimeSpan> GetDelays()
    {
        yield return TimeSpan.Zero;
        var ceiling = first;
        while (true)
        {
            yield return (ceiling / 2) + (ceiling / 2 * random.NextDouble());
            ceiling = ceiling * 2 > max ? max : ceiling * 2;
        }
    }
}
