using DealBot.Chat;
using DealBot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DealBot.Tests;

/// <summary>The host's real wiring (built-in catalog, parser, answerer), in process.</summary>
public static class TestEngine
{
    private static readonly Lazy<ChatEngine> Shared = new(Create);

    public static ChatEngine Instance => Shared.Value;

    public static ChatEngine Create()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging(logging => logging.ClearProviders());
        services.AddDealBot();
        return services.BuildServiceProvider().GetRequiredService<ChatEngine>();
    }
}
