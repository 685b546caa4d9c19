using Microsoft.Extensions.Time.Testing;

namespace DealBot.Slack.Tests.Fakes;

/// <summary>
/// Waiting for asynchronous work in tests. The timeout only bounds a failing test; passing tests return as soon as the
/// condition holds. With a clock, test time moves forward in small steps while waiting, so timers and backoffs fire
/// in order and assertions can read the fake's recorded times.
/// </summary>
public static class Wait
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    public static async Task UntilAsync(Func<bool> condition, string what, FakeTimeProvider? clock = null, TimeSpan? step = null)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}.");
            }

            if (clock is not null)
            {
                clock.Advance(step ?? TimeSpan.FromMilliseconds(100));
            }

            await Task.Delay(clock is null ? 5 : 10);
        }
    }
}
