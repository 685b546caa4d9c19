using System.Diagnostics;

namespace DealBot.Load.Outages;

/// <summary>Sends on a schedule, whatever the answers take: a stalled bot cannot slow the senders and so hide the stall.</summary>
internal static class OpenLoop
{
    /// <summary>Starts <paramref name="send"/>(i) <paramref name="rate"/> times a second for <paramref name="length"/>; waits for all it started.</summary>
    public static async Task RunAsync(int rate, TimeSpan length, Func<int, IEnumerable<Task>> send)
    {
        var sending = new List<Task>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; TimeSpan.FromSeconds(i / (double)rate) is var due && due < length; i++)
        {
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            sending.AddRange(send(i));
        }

        await Task.WhenAll(sending);
    }
}
