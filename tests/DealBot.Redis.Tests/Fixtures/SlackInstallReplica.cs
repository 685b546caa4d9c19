using DealBot.Slack;
using DealBot.Slack.Redis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DealBot.Redis.Tests.Fixtures;

/// <summary>
/// One replica's Slack installation services over a shared Redis, set up as for OAuth installs: its own service
/// provider, Redis connection, breaker and Data Protection instance. A null key is OAuth without a token key;
/// <paramref name="reachable"/> is handed to its breaker (<see cref="PatientFallback"/>).
/// </summary>
public static class SlackInstallReplica
{
    public static ServiceProvider Build(
        RedisServer server, string prefix, string folder, string? key, ILoggerProvider logs, TimeProvider? clock = null, Func<bool>? reachable = null, params string[] previousKeys)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = server.Configuration,
            ["Redis:KeyPrefix"] = prefix,
            ["Slack:ClientId"] = "1234.5678",
            ["Slack:ClientSecret"] = "client-secret",
            ["Slack:SigningSecret"] = "test-signing-secret-0123456789ab",
            ["Slack:TokenEncryptionKey"] = key,
            ["Slack:InstallationStorePath"] = Path.Combine(folder, "installations.json"),
        };
        for (var i = 0; i < previousKeys.Length; i++)
        {
            settings[$"Slack:PreviousTokenEncryptionKeys:{i}"] = previousKeys[i];
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)).AddPatientRedisFallback(reachable);
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddSlackPlatform(configuration);
        services.AddSlackRedisInstallations(configuration);
        return services.BuildServiceProvider();
    }
}
