using DealBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace DealBot.Deploy.Tests.Host;

/// <summary>Logging:Console:FormatterName=json (set in the container image) switches the console logs to JSON with scopes.</summary>
public sealed class JsonLoggingTest
{
    [Theory]
    [InlineData("json", "json", true)]
    [InlineData(null, "simple", false)]
    public void Configure_FormatterFromConfiguration(string? formatter, string expected, bool scopes)
    {
        var arguments = formatter is null ? Array.Empty<string>() : [$"--Logging:Console:FormatterName={formatter}"];
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });

        HostSetup.Configure(builder, arguments, LogLevel.Information);
        using var host = builder.Build();

        Assert.Equal(expected, host.Services.GetRequiredService<IOptions<ConsoleLoggerOptions>>().Value.FormatterName);
        Assert.Equal(scopes, host.Services.GetRequiredService<IOptionsMonitor<JsonConsoleFormatterOptions>>().CurrentValue.IncludeScopes);
    }
}
