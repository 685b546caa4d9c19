using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace DealBot.Hosting;

/// <summary>Where configuration comes from and where logs go.</summary>
public static class HostSetup
{
    public const string SettingsFile = "appsettings.json";

    /// <summary>Where mounted secrets are read from; <c>DEALBOT_SECRETS_DIR</c> moves it (tests, other orchestrators).</summary>
    public static string SecretsDirectory => Environment.GetEnvironmentVariable("DEALBOT_SECRETS_DIR") is { Length: > 0 } dir ? dir : "/run/secrets";

    /// <summary>
    /// In rising order of precedence: the repository's root appsettings.json (copied beside DealBot.dll; required),
    /// environment variables (DealBot__CatalogPath, Discord__Token, …), then <c>--Section:Key=value</c> arguments.
    /// </summary>
    public static HostApplicationBuilder CreateBuilder(IReadOnlyList<string> configurationArgs)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            // The defaults would look for appsettings.json in the current directory, optionally, and watch it;
            // DealBot reads exactly the sources below.
            DisableDefaults = true,
            ContentRootPath = AppContext.BaseDirectory,
        });
        Configure(builder, configurationArgs, LogLevel.Warning);
        return builder;
    }

    /// <summary>The configuration sources alone, to decide before building a host whether a platform is configured.</summary>
    public static IConfiguration ReadConfiguration(IReadOnlyList<string> configurationArgs) =>
        AddSources(new ConfigurationBuilder(), configurationArgs).Build();

    /// <summary>
    /// The same sources and logging for the console host and the service host. <paramref name="minimumLevel"/> is the
    /// default: the console keeps stdout for answers and logs only warnings; a service logs its comings and goings.
    /// </summary>
    public static void Configure(IHostApplicationBuilder builder, IReadOnlyList<string> configurationArgs, LogLevel minimumLevel)
    {
        builder.Configuration.Sources.Clear();
        AddSources(builder.Configuration, configurationArgs);

        // stdout carries answers; logs go to stderr at the given level unless Logging:LogLevel says otherwise.
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(minimumLevel);
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));

        // Each question runs in an activity tagged with its correlation id (QuestionActivity): scopes carry it.
        builder.Logging.Configure(logging => logging.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.Tags);
        if (string.Equals(builder.Configuration["Logging:Console:FormatterName"], ConsoleFormatterNames.Json, StringComparison.OrdinalIgnoreCase))
        {
            // Containers: one JSON object per line, UTC timestamps, with the scopes (request and correlation ids).
            builder.Logging.AddJsonConsole(console =>
            {
                console.IncludeScopes = true;
                console.UseUtcTimestamp = true;
                console.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }
        else
        {
            builder.Logging.AddSimpleConsole(console =>
            {
                console.SingleLine = true;
                console.TimestampFormat = "HH:mm:ss ";
            });
        }

        builder.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
    }

    private static IConfigurationBuilder AddSources(IConfigurationBuilder configuration, IReadOnlyList<string> configurationArgs) =>
        configuration
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, SettingsFile), optional: false, reloadOnChange: false)
            // Mounted secrets (Docker/Kubernetes): a file per key, e.g. /run/secrets/Slack__SigningSecret.
            .AddKeyPerFile(SecretsDirectory, optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(configurationArgs.ToArray());
}
