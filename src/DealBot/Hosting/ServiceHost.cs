using DealBot.Core.Catalog;
using DealBot.Discord;
#if DEALBOT_MCP
using DealBot.Mcp;
#endif
using DealBot.Redis;
using DealBot.Slack;
using DealBot.Slack.Redis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Logging;

namespace DealBot.Hosting;

/// <summary>
/// The bot as a service: one web host that runs every configured platform over the shared core and chat layer, and
/// serves their HTTP endpoints (Slack events and commands, Discord interactions, MCP and the HTTP API). It never
/// reads stdin.
/// </summary>
public static class ServiceHost
{
    public static async Task<int> RunAsync(IReadOnlyList<string> configurationArgs, PlatformSelection platforms, TextWriter error)
    {
        try
        {
            await using var app = Build(configurationArgs, platforms);
            app.Logger.LogInformation("DealBot serving {Platforms}", platforms.ToString());
            await app.RunAsync();
            return Cli.ExitCodes.Ok;
        }
        catch (Exception e) when (StartupErrors.Describe(e) is { } lines)
        {
            foreach (var line in lines)
            {
                await error.WriteLineAsync(line);
            }

            return Cli.ExitCodes.Failure;
        }
    }

    /// <summary>
    /// The service, built, checked (options, catalog) and mapped, not yet started: <see cref="RunAsync"/> runs it; tests
    /// start it on a free port. Throws what <see cref="StartupErrors"/> describes when a setting is wrong.
    /// </summary>
    public static WebApplication Build(IReadOnlyList<string> configurationArgs, PlatformSelection platforms)
    {
        // The slim builder leaves out what a bot does not use (IIS, static web assets, regex route constraints), which
        // keeps those assemblies out of memory; HTTPS stays available for Urls=https://… with a configured certificate.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrelHttpsConfiguration();
        HostSetup.Configure(builder, configurationArgs, LogLevel.Information);
        builder.Services.AddDealBot();

        // Replicas share conversations, dedupe and rate limits through Redis when Redis:Configuration is set.
        builder.Services.AddRedisState(builder.Configuration);
        if (platforms.Discord)
        {
            builder.Services.AddDiscordPlatform(builder.Configuration);
        }

        if (platforms.Slack)
        {
            builder.Services.AddSlackPlatform(builder.Configuration);
            builder.Services.AddSlackRedisInstallations(builder.Configuration);
        }

#if DEALBOT_MCP
        if (platforms.Api)
        {
            builder.Services.AddDealBotHttpApi(builder.Configuration, builder.Configuration["Urls"]);
        }
#endif

        // Last: health, metrics and the shutdown timeout; its metered wrappers wrap the stores registered above.
        builder.Services.AddDealBotOperations(platforms);

        var app = builder.Build();
        try
        {
            // Options and catalog are checked before anything starts, so a bad setting is one line, not a failed host.
            app.Services.GetService<IStartupValidator>()?.Validate();
            app.Services.GetRequiredService<DealCatalog>();
        }
        catch
        {
            ((IDisposable)app).Dispose();
            throw;
        }

        if (platforms.Discord)
        {
            app.MapDiscordInteractions();
        }

        if (platforms.Slack)
        {
            app.MapSlackEndpoints();
        }

#if DEALBOT_MCP
        if (platforms.Api)
        {
            app.MapDealBotHttpApi();
        }
#endif

        app.MapDealBotOperations();
        return app;
    }
}
