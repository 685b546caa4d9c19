using DealBot.Chat;
using DealBot.Chat.Conversations;
using DealBot.Chat.Pipeline;
using DealBot.Chat.Safety;
using DealBot.Core.Answers;
using DealBot.Core.Catalog;
using DealBot.Language;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DealBot.Discord.Load;

/// <summary>
/// The bot under test, in its own process so that its RSS is its own: the host's chat singletons plus
/// <c>AddDiscordPlatform</c>, configured from the command line (Discord:Token, Discord:ApiBaseUrl, …).
/// Per-user rate limits are lifted: the load comes from a handful of simulated users.
/// </summary>
internal static class BotProcess
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, Args = args });
        builder.Configuration.AddCommandLine(args);
        builder.Logging.AddSimpleConsole(c => c.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

        var clock = TimeProvider.System;
        var catalog = CatalogLoader.LoadDefault();
        var engine = new ChatEngine(new QuestionParser(catalog), new Answerer(catalog, clock), new InMemoryConversationStore(clock, TimeSpan.FromHours(1)));
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton(catalog);
        builder.Services.AddSingleton(engine);
        builder.Services.AddSingleton(new MessageHandler(engine, new DeliveryDeduplicator(clock, TimeSpan.FromMinutes(10)), new UserRateLimiter(clock, 1_000_000, 1_000_000)));
        builder.Services.AddDiscordPlatform(builder.Configuration);

        using var host = builder.Build();
        await host.StartAsync();

        // Runs until the driver closes stdin (or kills the process).
        await Console.In.ReadToEndAsync();
        await host.StopAsync();
        return 0;
    }
}
