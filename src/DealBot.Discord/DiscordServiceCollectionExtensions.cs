using DealBot.Chat.Pipeline;
using DealBot.Discord.Commands;
using DealBot.Discord.Gateway;
using DealBot.Discord.Interactions;
using DealBot.Discord.Processing;
using DealBot.Discord.Rendering;
using DealBot.Discord.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DealBot.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// Adds DealBot on Discord: the <c>Discord</c> options (bound from <paramref name="configuration"/> and validated at
    /// start-up, one message per problem), the REST client, the gateway shards as a hosted service, the slash-command
    /// registration and what the HTTP interactions endpoint (<see cref="DiscordEndpointRouteBuilderExtensions.MapDiscordInteractions"/>) needs.
    /// Expects the host's singletons: <see cref="MessageHandler"/>, <c>DealCatalog</c>, <see cref="TimeProvider"/> and logging.
    /// Call it only when Discord is to run: the token is required.
    /// </summary>
    public static IServiceCollection AddDiscordPlatform(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DiscordOptions>().ValidateOnStart();
        services.AddSingleton<IConfigureOptions<DiscordOptions>>(new DiscordOptionsSetup(configuration.GetSection(DiscordOptions.Section)));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<DiscordOptions>>().Value);

        // Tests register their own first (short timings, a slow pipeline).
        services.TryAddSingleton(DiscordBotConfiguration.Default);
        services.TryAddSingleton<IQuestionHandler>(provider => new PipelineQuestionHandler(provider.GetRequiredService<MessageHandler>()));

        services.AddSingleton<BotIdentity>();
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<DiscordOptions>();
            var clock = provider.GetRequiredService<TimeProvider>();
            return new DiscordRestClient(
                DiscordRestClient.CreateHttpClient(options),
                options.Token,
                new RestRateLimiter(clock, options.GlobalRequestsPerSecond),
                provider.GetRequiredService<DiscordBotConfiguration>(),
                clock,
                provider.GetRequiredService<ILogger<DiscordRestClient>>());
        });
        // Fonts and native code load with the first chart asked for (off the gateway, after the text answer), not at
        // start-up: a bot whose users never ask for one keeps ~5 MB less resident.
        services.AddSingleton<ChartDrawing>();
        services.AddSingleton<DealAutocomplete>();
        services.AddSingleton<CommandRegistrar>();
        services.AddSingleton<MessageResponder>();
        services.AddSingleton<InteractionResponder>();
        services.AddSingleton<InteractionSignatureVerifier>();
        services.AddSingleton<GatewayEventQueue>();
        services.AddSingleton<IGatewayEventSink>(provider => provider.GetRequiredService<GatewayEventQueue>());
        services.AddSingleton<DiscordGateway>();
        services.AddHostedService<DiscordGatewayService>();

        // The host's /readyz runs every check tagged "ready": this one says whether the shards have live sessions.
        services.AddHealthChecks().AddCheck<DiscordReadinessCheck>("discord", tags: ["ready"]);
        return services;
    }
}
