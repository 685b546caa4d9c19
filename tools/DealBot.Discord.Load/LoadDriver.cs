using System.Diagnostics;
using System.Globalization;

namespace DealBot.Discord.Load;

/// <summary>
/// The load run: one bot with the global limit raised, measured flat out (closed loop: each user waits for the reply
/// before sending again) and at a fixed rate (each user sends on a schedule, and how far the senders fell behind it is
/// reported, so a stall is not hidden by the senders waiting); then, optionally, a bot at Discord's default 50/s against a
/// fake that enforces it, to show it paces without a 429.
/// </summary>
internal static class LoadDriver
{
    public static async Task<int> RunAsync(LoadSettings settings)
    {
        Console.WriteLine($"DealBot Discord load: {settings.Messages:N0} messages, concurrency {settings.Concurrency}, warm-up {settings.Warmup:N0}");
        await using (var run = await BotRun.StartAsync(settings.CeilingRequestsPerSecond))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bot up: process start to READY {run.StartUp.TotalMilliseconds:0} ms; {run.Bot.Memory()}"));
            await ClosedLoopAsync(run, settings.Concurrency, settings.Warmup / settings.Concurrency, TimeSpan.Zero);
            await ReportAsync($"ceiling (Discord:GlobalRequestsPerSecond={settings.CeilingRequestsPerSecond}, closed loop)", run,
                () => ClosedLoopAsync(run, settings.Concurrency, settings.Messages / settings.Concurrency, TimeSpan.Zero));
            if (settings.RatePerSecond > 0)
            {
                await ReportAsync($"at {settings.RatePerSecond:N0} messages/s from {settings.Concurrency} users (scheduled)", run,
                    () => ScheduledAsync(run, settings.Concurrency, settings.RatePerSecond, settings.Messages));
            }
        }

        if (settings.PacedSeconds > 0)
        {
            await using var paced = await BotRun.StartAsync(50);
            await ReportAsync("paced (Discord:GlobalRequestsPerSecond=50, fake enforces 50/s)", paced,
                () => ClosedLoopAsync(paced, settings.Concurrency, int.MaxValue, TimeSpan.FromSeconds(settings.PacedSeconds)));
        }

        return 0;
    }

    private static async Task ReportAsync(string phase, BotRun run, Func<Task<List<double>>> measure)
    {
        var tooManyBefore = run.Discord.TooManyRequests;
        var clock = Stopwatch.StartNew();
        var measured = await measure();
        clock.Stop();
        measured.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{phase}: {measured.Count:N0} replies in {clock.Elapsed.TotalSeconds:0.00} s = {measured.Count / clock.Elapsed.TotalSeconds:N0} replies/s; "
            + $"latency p50 {Percentile(measured, 0.50):0.00} ms, p99 {Percentile(measured, 0.99):0.00} ms, max {measured[^1]:0.00} ms; "
            + $"429s {run.Discord.TooManyRequests - tooManyBefore}; bot {run.Bot.Memory()}, peak {run.Bot.PeakRssMegabytes():0.0} MB"));
    }

    /// <summary>Each user sends, waits for the reply, sends again: the most the bot and the fake can do together.</summary>
    private static async Task<List<double>> ClosedLoopAsync(BotRun run, int users, int perUser, TimeSpan forAtMost)
    {
        var deadline = forAtMost > TimeSpan.Zero ? Stopwatch.GetTimestamp() + (long)(forAtMost.TotalSeconds * Stopwatch.Frequency) : long.MaxValue;
        var results = await Task.WhenAll(Enumerable.Range(0, users).Select(async user =>
        {
            var latencies = new List<double>(Math.Min(perUser, 100_000));
            for (var i = 0; i < perUser && Stopwatch.GetTimestamp() < deadline; i++)
            {
                var sent = Stopwatch.GetTimestamp();
                latencies.Add(Stopwatch.GetElapsedTime(sent, await run.AskAsync(user)).TotalMilliseconds);
            }

            return latencies;
        }));
        return results.SelectMany(l => l).ToList();
    }

    /// <summary>
    /// <paramref name="total"/> messages at <paramref name="perSecond"/>, the users taking staggered turns. Latency is
    /// from the dispatch to the reply, as in the closed loop; how late the senders were on their turns (timer wake-up,
    /// or a user still waiting for its previous reply) is reported beside it, so a stall cannot hide.
    /// </summary>
    private static async Task<List<double>> ScheduledAsync(BotRun run, int users, int perSecond, int total)
    {
        var interval = Stopwatch.Frequency * users / (double)perSecond;
        var start = Stopwatch.GetTimestamp() + Stopwatch.Frequency / 100;
        var lateness = new List<double>(total);
        var results = await Task.WhenAll(Enumerable.Range(0, users).Select(async user =>
        {
            var latencies = new List<double>(total / users);
            var late = new List<double>(total / users);
            for (var i = 0; i < total / users; i++)
            {
                var due = start + (long)((i + (double)user / users) * interval);
                if (Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due) is { TotalMilliseconds: > 0 } wait)
                {
                    await Task.Delay(wait);
                }

                var sent = Stopwatch.GetTimestamp();
                late.Add(Stopwatch.GetElapsedTime(due, sent).TotalMilliseconds);
                latencies.Add(Stopwatch.GetElapsedTime(sent, await run.AskAsync(user)).TotalMilliseconds);
            }

            lock (lateness)
            {
                lateness.AddRange(late);
            }

            return latencies;
        }));
        lateness.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  senders behind their turn: p50 {Percentile(lateness, 0.50):0.00} ms, p99 {Percentile(lateness, 0.99):0.00} ms, max {lateness[^1]:0.00} ms"));
        return results.SelectMany(l => l).ToList();
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
