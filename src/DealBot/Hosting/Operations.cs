using DealBot.Chat.Safety;
using DealBot.Hosting.Health;
using DealBot.Hosting.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace DealBot.Hosting;

/// <summary>
/// What an operator needs from the service: /healthz and /readyz, /metrics in Prometheus text format, and a shutdown
/// that ends within <see cref="ShutdownTimeout"/> of SIGTERM (stop taking work, finish answers in flight, close
/// connections: the hosted services' StopAsync, bounded by this timeout).
/// </summary>
public static class Operations
{
    public const string MetricsPath = "/metrics";

    /// <summary>Kubernetes and compose allow 15 s before SIGKILL; the process is gone well inside 10 s.</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(9);

    /// <summary>
    /// Call last, after every store is registered: the metered wrappers wrap whichever deduplicator and rate limiter
    /// the lines before chose (in memory or Redis).
    /// </summary>
    public static IServiceCollection AddDealBotOperations(this IServiceCollection services, PlatformSelection platforms)
    {
        services.Configure<HostOptions>(options => options.ShutdownTimeout = ShutdownTimeout);
        services.AddSingleton(platforms);
        services.AddDealBotHealthChecks();

        services.AddMetrics();
        services.AddSingleton<DealBotMetrics>();
        services.AddSingleton<ILoggerProvider, ErrorCountingLoggerProvider>();
        Decorate<IDeliveryDeduplicator>(services, (provider, inner) => new MeteredDeduplicator(inner, provider.GetRequiredService<DealBotMetrics>()));
        Decorate<IUserRateLimiter>(services, (provider, inner) => new MeteredRateLimiter(inner, provider.GetRequiredService<DealBotMetrics>()));
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("dealbot"))
            .WithMetrics(metrics => metrics
                .AddMeter("DealBot", "DealBot.*")
                .AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http", "System.Runtime")
                .AddPrometheusExporter());
        return services;
    }

    public static WebApplication MapDealBotOperations(this WebApplication app)
    {
        app.MapDealBotHealth();
        app.MapPrometheusScrapingEndpoint(MetricsPath);
        return app;
    }

    /// <summary>Replaces the registered <typeparamref name="T"/> singleton with a wrapper around it.</summary>
    private static void Decorate<T>(IServiceCollection services, Func<IServiceProvider, T, T> wrap)
        where T : class
    {
        if (services.LastOrDefault(d => d.ServiceType == typeof(T) && !d.IsKeyedService) is not { } inner)
        {
            return;
        }

        services.Remove(inner);
        services.AddSingleton(provider => wrap(provider, (T)(inner.ImplementationInstance
            ?? inner.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, inner.ImplementationType!))));
    }
}
