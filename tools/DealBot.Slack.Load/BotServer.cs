using System.Globalization;
using System.Net;
using DealBot.Chat;
using DealBot.Chat.Conversations;
using DealBot.Chat.Pipeline;
using DealBot.Chat.Safety;
using DealBot.Core.Answers;
using DealBot.Core.Catalog;
using DealBot.Language;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace DealBot.Slack.Load;

/// <summary>
/// The bot under load, in its own process: the shared services as the host registers them (singletons), plus
/// AddSlackPlatform and MapSlackEndpoints, on 127.0.0.1. Prints "LISTENING url" when ready; runs until killed.
/// </summary>
internal static class BotServer
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = new Dictionary<string, string?>();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options[args[i].TrimStart('-')] = args[i + 1];
        }

        var data = Directory.CreateTempSubdirectory("dealbot-slack-load-").FullName;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:ApiBaseUrl"] = options["api"],
            ["Slack:SigningSecret"] = options["secret"],
            ["Slack:BotToken"] = options["bot-token"],
            ["Slack:AppToken"] = options.GetValueOrDefault("app-token"),
            ["Slack:InstallationStorePath"] = Path.Combine(data, "installations.json"),
        });
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Warning).AddSimpleConsole(c => c.SingleLine = true);
        builder.Services.Configure<ConsoleLoggerOptions>(c => c.LogToStandardErrorThreshold = LogLevel.Trace);

        var perMinute = int.Parse(options.GetValueOrDefault("rate") ?? "20", CultureInfo.InvariantCulture);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(_ => CatalogLoader.LoadDefault());
        builder.Services.AddSingleton(p => new QuestionParser(p.GetRequiredService<DealCatalog>()));
        builder.Services.AddSingleton(p => new ChatEngine(
            p.GetRequiredService<QuestionParser>(),
            new Answerer(p.GetRequiredService<DealCatalog>(), TimeProvider.System),
            new InMemoryConversationStore(TimeProvider.System, TimeSpan.FromHours(1))));
        builder.Services.AddSingleton(p => new MessageHandler(
            p.GetRequiredService<ChatEngine>(),
            new DeliveryDeduplicator(TimeProvider.System, TimeSpan.FromMinutes(10)),
            new UserRateLimiter(TimeProvider.System, perMinute, Math.Max(5, perMinute / 4))));
        builder.Services.AddSlackPlatform(builder.Configuration);

        var app = builder.Build();
        app.MapSlackEndpoints();

        // For the load tool only: how much of the RSS is managed heap.
        app.MapGet("/load/memory", () =>
        {
            var info = GC.GetGCMemoryInfo();
            return $"heap {info.HeapSizeBytes / 1048576.0:0.0} MB, committed {info.TotalCommittedBytes / 1048576.0:0.0} MB, "
                + $"gen0 GCs {GC.CollectionCount(0)}, gen2 GCs {GC.CollectionCount(2)}, server GC {System.Runtime.GCSettings.IsServerGC}";
        });
        app.Services.GetRequiredService<MessageHandler>();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Console.Out.WriteLine("LISTENING " + address);
        await Console.Out.FlushAsync();
        await app.WaitForShutdownAsync();
        Directory.Delete(data, recursive: true);
        return 0;
    }
}
