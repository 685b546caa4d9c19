using DealBot.Core.Catalog;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DealBot.Hosting.Health;

/// <summary>Ready once the catalog is loaded (the host loads it before it starts, so this names what was loaded).</summary>
public sealed class CatalogHealthCheck(DealCatalog catalog) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(HealthCheckResult.Healthy($"{catalog.Deals.Count} deals, {catalog.Sources.Count} sources"));
}
