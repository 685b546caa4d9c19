using System.Net;
using DealBot.Chat.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace DealBot.Slack.Tests.Fakes;

/// <summary>
/// The fake Slack plus the bot wired as the host will wire it (AddSlackPlatform, MapSlackEndpoints, the real chat
/// pipeline), both on 127.0.0.1, sharing one test clock. One worker, so events are answered in arrival order.
/// </summary>
public sealed class SlackTestBed : IAsyncDisposable
{
    public const string SigningSecret = "test-signing-secret-0123456789ab";

    private SlackTestBed(FakeTimeProvider clock, FakeSlack slack, WebApplication bot, string dataDirectory, CapturedLogs logs)
    {
        Clock = clock;
        Slack = slack;
        Bot = bot;
        DataDirectory = dataDirectory;
        Logs = logs;
        var address = bot.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Http = new HttpClient { BaseAddress = new Uri(address) };
        Signer = new SlackSigner(Http, SigningSecret, clock);
    }

    public FakeTimeProvider Clock { get; }

    public FakeSlack Slack { get; }

    public WebApplication Bot { get; }

    public HttpClient Http { get; }

    public SlackSigner Signer { get; }

    public string DataDirectory { get; }

    public CapturedLogs Logs { get; }

    public static Task<SlackTestBed> StartAsync(Action<Dictionary<string, string?>>? configure = null) =>
        StartAsync(configure, perMinute: 1000, burst: 1000);

    public static async Task<SlackTestBed> StartAsync(
        Action<Dictionary<string, string?>>? configure, int perMinute, int burst, Action<FakeSlack>? beforeStart = null)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));
        var slack = await FakeSlack.StartAsync(clock);
        beforeStart?.Invoke(slack);
        var data = Directory.CreateTempSubdirectory("dealbot-slack-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = FakeSlack.BotToken,
            ["Slack:SigningSecret"] = SigningSecret,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
            ["Slack:InstallationStorePath"] = Path.Combine(data, "slack", "installations.json"),
            ["Slack:Workers"] = "1",
            ["Slack:ChannelMessageInterval"] = "00:00:00",
        };
        configure?.Invoke(settings);

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Configuration.AddInMemoryCollection(settings);
        var logs = new CapturedLogs();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton(ChatPipeline.Create(clock, perMinute, burst));
        builder.Services.AddSlackPlatform(builder.Configuration);

        // A test that leaves a worker waiting on the test clock must not hold the run for the default 30 s.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(3));
        var bot = builder.Build();
        bot.MapSlackEndpoints();
        await bot.StartAsync();
        return new SlackTestBed(clock, slack, bot, data, logs);
    }

    public T Service<T>()
        where T : notnull => Bot.Services.GetRequiredService<T>();

    /// <summary>Every message the bot posted with chat.postMessage so far.</summary>
    public IReadOnlyList<FakeSlackCall> Posts => Slack.CallsTo("chat.postMessage");

    public async Task<FakeSlackCall> WaitForPostAsync(Func<FakeSlackCall, bool> match, string what, string method = "chat.postMessage")
    {
        await Wait.UntilAsync(() => Slack.CallsTo(method).Any(match), what);
        return Slack.CallsTo(method).First(match);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Bot.StopAsync();
        await Bot.DisposeAsync();
        await Slack.DisposeAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
