using System.Net;
using DealBot.Chat.Pipeline;
using DealBot.Discord.Gateway;
using DealBot.Discord.Processing;
using DealBot.Discord.Tests.Fakes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DealBot.Discord.Tests.Harness;

/// <summary>
/// DealBot on Discord as the host wires it (<c>AddDiscordPlatform</c> + <c>MapDiscordInteractions</c> on a real
/// Kestrel at 127.0.0.1), pointed at a <see cref="FakeDiscord"/>, with the real chat pipeline and short timings.
/// </summary>
public sealed class BotHarness : IAsyncDisposable
{
    private readonly bool _ownsDiscord;

    private BotHarness(FakeDiscord discord, WebApplication app, LogCapture logs, bool ownsDiscord)
    {
        Discord = discord;
        App = app;
        Logs = logs;
        _ownsDiscord = ownsDiscord;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
    }

    public FakeDiscord Discord { get; }

    public WebApplication App { get; }

    public LogCapture Logs { get; }

    public Uri BaseAddress { get; }

    internal DiscordGateway Gateway => App.Services.GetRequiredService<DiscordGateway>();

    internal ShardState StateOf(int shard = 0) => Gateway.Shards.FirstOrDefault(s => s.Id == shard)?.State ?? ShardState.NotStarted;

    /// <summary>Timings short enough for tests; the code paths are the production ones.</summary>
    internal static DiscordBotConfiguration FastConfiguration { get; } = new()
    {
        Reconnect = new BackoffReconnectStrategy(new Random(7), TimeSpan.FromMilliseconds(40), TimeSpan.FromMilliseconds(200)),
        InvalidSessionDelay = () => TimeSpan.FromMilliseconds(300),
        IdentifyInterval = TimeSpan.FromMilliseconds(300),
        CloseTimeout = TimeSpan.FromMilliseconds(500),
        ServerErrorRetryDelays = [TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(200)],
        MessagePartitions = 4,
        InteractionWorkers = 2,
    };

    internal static async Task<BotHarness> StartAsync(
        FakeDiscord? discord = null,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null,
        DiscordBotConfiguration? configuration = null,
        bool waitForReady = true,
        int perMinute = 1000,
        int burst = 1000,
        Action<WebApplication>? middleware = null)
    {
        var ownsDiscord = discord is null;
        discord ??= await FakeDiscord.StartAsync(TestToken.Value);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Configuration.Sources.Clear();
        var values = new Dictionary<string, string?>
        {
            ["Discord:Token"] = discord.Token,
            ["Discord:ApiBaseUrl"] = discord.ApiBaseUrl.ToString(),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(values);
        var logs = new LogCapture();
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Logging.AddProvider(logs);
        builder.Services.AddChatPipeline(TimeProvider.System, perMinute, burst);
        builder.Services.AddSingleton(configuration ?? FastConfiguration);
        services?.Invoke(builder.Services);
        builder.Services.AddDiscordPlatform(builder.Configuration);

        var app = builder.Build();
        middleware?.Invoke(app);
        app.MapDiscordInteractions();
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            if (ownsDiscord)
            {
                await discord.DisposeAsync();
            }

            throw;
        }

        var harness = new BotHarness(discord, app, logs, ownsDiscord);
        if (waitForReady)
        {
            await harness.WaitForStateAsync(ShardState.Ready);

            // Registration runs after READY; tests that count requests start once it is done.
            await discord.WaitUntilAsync(() => logs.Entries.Any(e => e.Category.EndsWith("CommandRegistrar", StringComparison.Ordinal)), "command registration");
        }

        return harness;
    }

    /// <summary>
    /// A bot that defers after 50 ms and whose answers wait for <paramref name="gate"/>: the real pipeline's answer, or
    /// <paramref name="reply"/> for every question.
    /// </summary>
    internal static Task<BotHarness> StartGatedAsync(ManualResetEventSlim gate, ChatReply? reply = null) => StartAsync(
        configuration: new DiscordBotConfiguration { InteractionDeferAfter = TimeSpan.FromMilliseconds(50), IdentifyInterval = TimeSpan.FromMilliseconds(1) },
        services: s => s.AddSingleton<IQuestionHandler>(p => reply is null ? new GatedQuestions(p.GetRequiredService<MessageHandler>(), gate) : new GatedQuestions(reply, gate)));

    /// <summary>A bot and its fake Discord both holding REST calls to <paramref name="perSecond"/> a second globally.</summary>
    internal static async Task<BotHarness> StartWithGlobalLimitAsync(int perSecond)
    {
        var bot = await StartAsync(settings: new Dictionary<string, string?> { ["Discord:GlobalRequestsPerSecond"] = perSecond.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        bot.Discord.GlobalLimitPerSecond = perSecond;
        return bot;
    }

    internal Task WaitForStateAsync(ShardState state, int shard = 0) =>
        Discord.WaitUntilAsync(() => Gateway.Shards.FirstOrDefault(s => s.Id == shard)?.State == state, $"shard {shard} to be {state}");

    /// <summary>Dispatches a mention of the bot and returns the reply Discord received.</summary>
    public async Task<FakeRequest> AskAsync(string question, string channel = DiscordEvents.Channel, string author = DiscordEvents.Asker)
    {
        var id = DiscordEvents.NewId();
        await Discord.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Mention(id, question, channel, author));
        return await Discord.WaitForReplyAsync(id);
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        if (_ownsDiscord)
        {
            await Discord.DisposeAsync();
        }
    }
}
