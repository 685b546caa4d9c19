using DealBot.Slack.Bots;
using DealBot.Slack.Formatting;
using DealBot.Slack.Http;
using DealBot.Slack.Inbound;
using DealBot.Slack.Installations;
using DealBot.Slack.OAuth;
using DealBot.Slack.SocketMode;
using DealBot.Slack.WebApi;
using DealBot.Slack.Work;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.Internal;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DealBot.Slack;

public static class SlackServiceCollectionExtensions
{
    /// <summary>
    /// Slack as a DealBot platform. Binds and validates the <c>Slack</c> section at start-up (one message per problem);
    /// registers the Web API client, the installation store (file-based, tokens encrypted with Data Protection), the
    /// background workers and, when <c>Slack:AppToken</c> is set, Socket Mode. Expects the host to register
    /// <see cref="DealBot.Chat.Pipeline.MessageHandler"/>; pair with <see cref="SlackEndpointRouteBuilderExtensions.MapSlackEndpoints"/>.
    /// </summary>
    public static IServiceCollection AddSlackPlatform(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(SlackOptions.Section);
        services.AddOptions<SlackOptions>().Bind(section).ValidateOnStart()
            // One previous key may also be given as a plain value (Slack__PreviousTokenEncryptionKeys=…), not only as a list.
            .PostConfigure(options =>
            {
                if (options.PreviousTokenEncryptionKeys.Length == 0 && section[nameof(SlackOptions.PreviousTokenEncryptionKeys)] is { Length: > 0 } one)
                {
                    options.PreviousTokenEncryptionKeys = [one];
                }
            });
        services.AddSingleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton(provider => new SlackApiClient(
            new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(30) },
            provider.GetRequiredService<IOptions<SlackOptions>>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<SlackApiClient>>()));
        services.AddSingleton(provider => new ChannelPacer(
            provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<IOptions<SlackOptions>>().Value.ChannelMessageInterval));

        if (KeepsInstallations(configuration))
        {
            // Tokens at rest: Data Protection keys beside the installation file, so a restart can still read it, each
            // sealed with the operator's key-encryption key, so the folder alone opens nothing.
            var storePath = section[nameof(SlackOptions.InstallationStorePath)] is { Length: > 0 } path ? path : new SlackOptions().InstallationStorePath;
            services.AddDataProtection()
                .SetApplicationName("DealBot.Slack")
                .PersistKeysToFileSystem(new DirectoryInfo(FileInstallationStore.KeysDirectory(storePath)));
            services.AddKeyRingEncryption();
            services.TryAddSingleton<ISlackInstallationStore, FileInstallationStore>();
        }
        else
        {
            services.TryAddSingleton<ISlackInstallationStore, NoInstallationStore>();
        }

        // Fonts and native code load with the first chart asked for (after the text answer), not at start-up: a bot
        // whose users never ask for one keeps ~5 MB less resident.
        services.AddSingleton<SlackCharts>();
        services.AddSingleton<SlackBotDirectory>();
        services.AddSingleton<SlackReplies>();
        services.AddSingleton<SlackWorkQueue>();
        services.AddSingleton<SlackEventProcessor>();
        services.AddSingleton<SlashCommandHandler>();
        services.AddSingleton<InteractionHandler>();
        services.AddSingleton<SlackHttpEndpoint>();
        services.AddSingleton(provider => new OAuthStateStore(
            provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<IOptions<SlackOptions>>().Value.OAuthStateLifetime));
        services.AddSingleton<SlackOAuthEndpoints>();
        services.AddSingleton<SocketEnvelopeHandler>();

        // Workers start before Socket Mode and stop after it, so acked envelopes are still answered at shutdown.
        services.AddHostedService<SlackWorkerService>();
        if (!string.IsNullOrWhiteSpace(section[nameof(SlackOptions.AppToken)]))
        {
            services.AddHostedService<SocketModeService>();

            // The host's /readyz runs every check tagged "ready": Socket Mode is ready once Slack said hello.
            services.AddSingleton<SocketModeReadinessCheck>();
            services.AddHealthChecks().AddCheck<SocketModeReadinessCheck>("slack", tags: ["ready"]);
        }

        return services;
    }

    /// <summary>
    /// Whether installations are kept: with OAuth installs (<c>Slack:ClientId</c>), which then also need
    /// <c>Slack:TokenEncryptionKey</c>, or with that key alone. Single-workspace mode without a key keeps none and
    /// writes no key ring. A shared store (Redis) replaces the file store only when this holds.
    /// </summary>
    public static bool KeepsInstallations(IConfiguration configuration)
    {
        var section = configuration.GetSection(SlackOptions.Section);
        return new SlackOptions { ClientId = section[nameof(SlackOptions.ClientId)], TokenEncryptionKey = section[nameof(SlackOptions.TokenEncryptionKey)] }
            .KeepsInstallations;
    }

    /// <summary>
    /// Seals every Data Protection key with the operator's key-encryption key before it is stored (whichever
    /// repository holds the ring), and lets the stored ring be opened in the Native AOT build too.
    /// </summary>
    private static void AddKeyRingEncryption(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(KeyEncryptionKeys)))
        {
            return;
        }

        services.AddSingleton(provider => KeyEncryptionKeys.From(provider.GetRequiredService<IOptions<SlackOptions>>().Value));
        services.AddSingleton<KeyRingProblems>();
        services.AddOptions<KeyManagementOptions>().Configure<KeyEncryptionKeys>((options, keys) => options.XmlEncryptor = new KeyRingEncryptor(keys));
        var framework = services.Last(d => d.ServiceType == typeof(IActivator));
        services.Replace(ServiceDescriptor.Singleton<IActivator>(provider => new KeyRingActivator(
            Resolve(provider, framework), provider.GetRequiredService<KeyEncryptionKeys>(), provider.GetRequiredService<KeyRingProblems>())));
    }

    private static IActivator Resolve(IServiceProvider provider, ServiceDescriptor descriptor) =>
        (IActivator)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!));
}
