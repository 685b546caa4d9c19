using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace DealBot.Hosting.Health;

/// <summary>
/// <c>GET /healthz</c>: the process is alive and serving. It runs only checks tagged <see cref="LiveTag"/>, which read
/// state the process already holds (e.g. "degraded: answering without shared state" while Redis is down) and is 200
/// whatever they say, so a slow or failed dependency never restarts the pod.
/// <c>GET /readyz</c>: every check tagged <see cref="ReadyTag"/> passes: the catalog is loaded, the host has started
/// and is not stopping, and each configured platform is up. A platform adapter joins by registering its own check
/// with that tag (<c>services.AddHealthChecks().AddCheck&lt;T&gt;("discord", tags: ["ready"])</c>). Both answer in
/// plain text: the overall status, then one line per check.
/// </summary>
public static class HealthEndpoints
{
    public const string ReadyTag = "ready";
    public const string LiveTag = "live";
    public const string LivePath = "/healthz";
    public const string ReadyPath = "/readyz";

    public static IServiceCollection AddDealBotHealthChecks(this IServiceCollection services)
    {
        // Each probe of a Degraded check (a platform without its own check, Redis down) would log a warning: the
        // endpoints say it, and the checks log their own changes.
        services.AddLogging(logging => logging.AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService", LogLevel.Error));
        services.AddHealthChecks()
            .AddCheck<CatalogHealthCheck>("catalog", tags: [ReadyTag])
            .AddCheck<LifetimeHealthCheck>("lifetime", tags: [ReadyTag])
            .AddCheck<PlatformHealthCheck>("platforms", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapDealBotHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(LiveTag),
            ResponseWriter = WriteTextAsync,
            ResultStatusCodes = { [HealthStatus.Unhealthy] = StatusCodes.Status200OK },
        });
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteTextAsync });
        return endpoints;
    }

    private static Task WriteTextAsync(HttpContext context, HealthReport report)
    {
        var text = new StringBuilder().Append(report.Status).Append('\n');
        foreach (var (name, entry) in report.Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            text.Append(name).Append(": ").Append(entry.Status);
            if (entry.Description is { Length: > 0 } description)
            {
                text.Append(" - ").Append(description);
            }

            text.Append('\n');
        }

        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(text.ToString());
    }
}
