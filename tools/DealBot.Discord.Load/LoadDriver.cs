using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using DealBot.Discord.Tests.Fakes;
using DealBot.Load;

namespace DealBot.Discord.Load;

/// <summary>
/// Drives a bot process through the fake Discord: closed-loop users, each sending a mention and waiting for the
/// reply's POST before the next. Latency is dispatch sent → reply received by the fake, on one clock.
/// </summary>
internal static class LoadDriver
{
    private const string BotUserId = FakeDiscord.BotUserId;
    private const string Token = "MTAwMDAwMDAwMDAwMDAwMDAx.GhJkLm.Zx9_Qw-Er7Ty2Ui3Op4As5Df6Gh7Jk8Lz0Xc1V";

    /// <summary>How many different users the messages come from (each worker's channel sees many of them).</summary>
    private const int Askers = 1_000;

    private static readonly string[] Questions =
    [
        "how much will anthropic pay xai in total?", "xai per MW-year", "compare xai and oracle per year",
        "what if it were 500 MW", "10,000 H100s at $2.50/hr for a year", "openai-oracle total", "xai per GPU-hour", "help",
    ];

    public static async Task<int> RunAsync(LoadSettings settings)
    {
        Console.WriteLine($"DealBot Discord load: {settings.Messages:N0} messages, concurrency {settings.Concurrency}, warm-up {settings.Warmup:N0}");
        var ceiling = await RunPhaseAsync(settings, settings.CeilingRequestsPerSecond, TimeSpan.Zero);
        Console.WriteLine($"ceiling (Discord:GlobalRequestsPerSecond={settings.CeilingRequestsPerSecond}): {ceiling}");
        if (settings.PacedSeconds > 0)
        {
            var paced = await RunPhaseAsync(settings with { Warmup = 0 }, 50, TimeSpan.FromSeconds(settings.PacedSeconds));
            Console.WriteLine($"paced (Discord:GlobalRequestsPerSecond=50, fake enforces 50/s): {paced}");
        }

        return 0;
    }

    /// <summary>One bot process (the DealBot host) against one fake; a fixed message count, or a fixed duration when <paramref name="duration"/> is set.</summary>
    private static async Task<string> RunPhaseAsync(LoadSettings settings, int globalPerSecond, TimeSpan duration)
    {
        await using var discord = await FakeDiscord.StartAsync(Token);
        discord.RecordRequests = false;
        discord.GlobalLimitPerSecond = globalPerSecond;
        discord.MessageBucketLimit = int.MaxValue;
        var waiting = new ConcurrentDictionary<string, TaskCompletionSource<long>>();
        discord.MessageCreated = (_, replyTo, at) =>
        {
            if (replyTo is not null && waiting.TryRemove(replyTo, out var done))
            {
                done.TrySetResult(at);
            }
        };

        var started = Stopwatch.GetTimestamp();
        using var bot = await BotHost.StartAsync(new Dictionary<string, string>
        {
            ["Discord:Token"] = Token,
            ["Discord:ApiBaseUrl"] = discord.ApiBaseUrl.ToString(),
            ["Discord:GlobalRequestsPerSecond"] = globalPerSecond.ToString(CultureInfo.InvariantCulture),
            // A thousand simulated askers send the load: raise the per-user limit to its maximum.
            ["DealBot:RateLimitPerMinute"] = "10000",
            ["DealBot:RateLimitBurst"] = "1000",
        });
        await discord.WaitUntilAsync(() => discord.Gateway.IsAttached(), "the bot's READY", TimeSpan.FromSeconds(30));
        var startup = Stopwatch.GetElapsedTime(started);

        long next = 700_000_000_000_000_000;
        async Task<double> AskAsync(int user)
        {
            var n = Interlocked.Increment(ref next);
            var id = n.ToString(CultureInfo.InvariantCulture);
            var reply = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            waiting[id] = reply;
            var content = $"<@{BotUserId}> {Questions[(int)(n % Questions.Length)]}";
            var message = new JsonObject
            {
                ["id"] = id,
                ["channel_id"] = (510_000_000_000_000_000L + user).ToString(CultureInfo.InvariantCulture),
                ["guild_id"] = "400000000000000001",
                ["author"] = new JsonObject { ["id"] = (310_000_000_000_000_000L + (n % Askers)).ToString(CultureInfo.InvariantCulture), ["username"] = "load" },
                ["content"] = content,
                ["type"] = 0,
                ["mentions"] = new JsonArray(new JsonObject { ["id"] = BotUserId }),
            };
            var sent = Stopwatch.GetTimestamp();
            await discord.Gateway.DispatchAsync("MESSAGE_CREATE", message);
            var at = await reply.Task.WaitAsync(TimeSpan.FromSeconds(30));
            return Stopwatch.GetElapsedTime(sent, at).TotalMilliseconds;
        }

        async Task<List<double>> UsersAsync(int perUser, TimeSpan forAtMost)
        {
            var deadline = forAtMost > TimeSpan.Zero ? Stopwatch.GetTimestamp() + (long)(forAtMost.TotalSeconds * Stopwatch.Frequency) : long.MaxValue;
            var results = await Task.WhenAll(Enumerable.Range(0, settings.Concurrency).Select(async user =>
            {
                var latencies = new List<double>(Math.Min(perUser, 100_000));
                for (var i = 0; i < perUser && Stopwatch.GetTimestamp() < deadline; i++)
                {
                    latencies.Add(await AskAsync(user));
                }

                return latencies;
            }));
            return results.SelectMany(l => l).ToList();
        }

        await UsersAsync(settings.Warmup / settings.Concurrency, TimeSpan.Zero);
        var tooManyBefore = discord.TooManyRequests;
        var clock = Stopwatch.StartNew();
        var measured = await UsersAsync(duration > TimeSpan.Zero ? int.MaxValue : settings.Messages / settings.Concurrency, duration);
        clock.Stop();

        var memory = bot.Memory();
        var peak = bot.PeakRssMegabytes();

        measured.Sort();
        return string.Create(CultureInfo.InvariantCulture,
            $"{measured.Count:N0} replies in {clock.Elapsed.TotalSeconds:0.00} s = {measured.Count / clock.Elapsed.TotalSeconds:N0} replies/s; "
            + $"latency p50 {Percentile(measured, 0.50):0.00} ms, p99 {Percentile(measured, 0.99):0.00} ms, max {measured[^1]:0.00} ms; "
            + $"429s {discord.TooManyRequests - tooManyBefore}; bot {memory}, peak {peak:0.0} MB; process start to READY {startup.TotalMilliseconds:0} ms");
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
