using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using DealBot.Discord.Tests.Fakes;
using DealBot.Load;

namespace DealBot.Discord.Load;

/// <summary>
/// One fake Discord and one bot process (the DealBot host) connected to it. <see cref="AskAsync"/> dispatches a
/// mention through the gateway and completes when the reply's POST reaches the fake, with that moment's timestamp.
/// </summary>
internal sealed class BotRun : IAsyncDisposable
{
    private const string Token = "MTAwMDAwMDAwMDAwMDAwMDAx.GhJkLm.Zx9_Qw-Er7Ty2Ui3Op4As5Df6Gh7Jk8Lz0Xc1V";

    /// <summary>How many different users the messages come from (each sender's channel sees many of them).</summary>
    private const int Askers = 1_000;

    private static readonly string[] Questions =
    [
        "how much will anthropic pay xai in total?", "xai per MW-year", "compare xai and oracle per year",
        "what if it were 500 MW", "10,000 H100s at $2.50/hr for a year", "openai-oracle total", "xai per GPU-hour", "help",
    ];

    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> _waiting = new();
    private long _next = 700_000_000_000_000_000;

    private BotRun(FakeDiscord discord) => Discord = discord;

    public FakeDiscord Discord { get; }

    public BotHost Bot { get; private set; } = null!;

    public TimeSpan StartUp { get; private set; }

    /// <param name="globalPerSecond">Discord:GlobalRequestsPerSecond for the bot, and the limit the fake enforces.</param>
    public static async Task<BotRun> StartAsync(int globalPerSecond)
    {
        var discord = await FakeDiscord.StartAsync(Token);
        discord.RecordRequests = false;
        discord.GlobalLimitPerSecond = globalPerSecond;
        discord.MessageBucketLimit = int.MaxValue;
        var run = new BotRun(discord);
        discord.MessageCreated = (_, replyTo, at) =>
        {
            if (replyTo is not null && run._waiting.TryRemove(replyTo, out var done))
            {
                done.TrySetResult(at);
            }
        };

        var started = Stopwatch.GetTimestamp();
        run.Bot = await BotHost.StartAsync(new Dictionary<string, string>
        {
            ["Discord:Token"] = Token,
            ["Discord:ApiBaseUrl"] = discord.ApiBaseUrl.ToString(),
            ["Discord:GlobalRequestsPerSecond"] = globalPerSecond.ToString(CultureInfo.InvariantCulture),
            // A thousand simulated askers send the load: raise the per-user limit to its maximum.
            ["DealBot:RateLimitPerMinute"] = "10000",
            ["DealBot:RateLimitBurst"] = "1000",
        });
        await discord.WaitUntilAsync(() => discord.Gateway.IsAttached(), "the bot's READY", TimeSpan.FromSeconds(30));
        run.StartUp = Stopwatch.GetElapsedTime(started);
        return run;
    }

    /// <summary>A mention from one of the askers in <paramref name="sender"/>'s channel; the reply's arrival timestamp.</summary>
    public async Task<long> AskAsync(int sender)
    {
        var n = Interlocked.Increment(ref _next);
        var id = n.ToString(CultureInfo.InvariantCulture);
        var reply = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[id] = reply;
        var message = new JsonObject
        {
            ["id"] = id,
            ["channel_id"] = (510_000_000_000_000_000L + sender).ToString(CultureInfo.InvariantCulture),
            ["guild_id"] = "400000000000000001",
            ["author"] = new JsonObject { ["id"] = (310_000_000_000_000_000L + (n % Askers)).ToString(CultureInfo.InvariantCulture), ["username"] = "load" },
            ["content"] = $"<@{FakeDiscord.BotUserId}> {Questions[(int)(n % Questions.Length)]}",
            ["type"] = 0,
            ["mentions"] = new JsonArray(new JsonObject { ["id"] = FakeDiscord.BotUserId }),
        };
        await Discord.Gateway.DispatchAsync("MESSAGE_CREATE", message);
        return await reply.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        Bot?.Dispose();
        await Discord.DisposeAsync();
    }
}
