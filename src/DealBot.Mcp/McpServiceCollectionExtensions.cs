using System.Threading.RateLimiting;
using DealBot.Chat;
using DealBot.Core.Answers;
using DealBot.Mcp.Api;
using DealBot.Mcp.Resources;
using DealBot.Mcp.Security;
using DealBot.Mcp.Tools;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace DealBot.Mcp;

/// <summary>
/// Wiring for assistants and programs: the MCP server (tools and resources, registered explicitly for native AOT)
/// over stdio or streamable HTTP, and the HTTP API behind the same bearer tokens and per-key rate limits.
/// </summary>
public static class McpServiceCollectionExtensions
{
    /// <summary>The authorization and rate-limit policy of <c>/mcp</c>, <c>/v1</c> and the OpenAPI document.</summary>
    public const string Policy = "DealBotApi";

    /// <summary>
    /// The MCP server with DealBot's tools and resources; the caller adds a transport
    /// (<c>WithStdioServerTransport</c>, or <see cref="AddDealBotHttpApi"/> for HTTP). Needs the shared services (AddDealBot).
    /// </summary>
    public static IMcpServerBuilder AddDealBotMcp(this IServiceCollection services)
    {
        services.AddSingleton(provider => new DealService(
            provider.GetRequiredService<ChatEngine>(),
            provider.GetRequiredService<Answerer>(),
            provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton(provider => new CatalogResources(provider.GetRequiredService<DealService>()));
        Tool(services, deals => new AskTool(deals));
        Tool(services, deals => new ListDealsTool(deals));
        Tool(services, deals => new DealTool(deals));
        Tool(services, deals => new DealCostTool(deals));
        Tool(services, deals => new UnitCostTool(deals));
        Tool(services, deals => new CompareTool(deals));
        Tool(services, deals => new WhatIfTool(deals));
        Tool(services, deals => new ConvertTool(deals));
        Tool(services, deals => new ComputeTool(deals));

        return services
            .AddMcpServer(options =>
            {
                options.ServerInfo = new Implementation { Name = "DealBot", Version = typeof(DealService).Assembly.GetName().Version?.ToString() ?? "1.0" };
                options.ServerInstructions =
                    "DealBot answers questions about AI compute deals (cost, scale) from a sourced catalog, with the working, "
                    + "assumptions and sources. Quote its figures with their ranges and sources rather than your own.";
            })
            .WithListResourcesHandler((request, cancellationToken) => Resources(request.Services).ListAsync(request, cancellationToken))
            .WithReadResourceHandler((request, cancellationToken) => Resources(request.Services).ReadAsync(request, cancellationToken));
    }

    /// <summary>
    /// MCP over streamable HTTP and the HTTP API with OpenAPI, bearer tokens and per-key rate limits, from the
    /// <c>Mcp</c> section (validated at start-up; <paramref name="urls"/> is where the service listens).
    /// </summary>
    public static IServiceCollection AddDealBotHttpApi(this IServiceCollection services, IConfiguration configuration, string? urls)
    {
        services.AddOptions<McpOptions>().Bind(configuration.GetSection(McpOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<McpOptions>>(new McpOptionsValidator(urls));
        services.AddSingleton(provider => new ApiKeys(provider.GetRequiredService<IOptions<McpOptions>>().Value.ApiKeys));

        // Stateless: every request stands alone (follow-ups name their conversation), so replicas need no affinity
        // and no session is kept in memory per client.
        services.AddDealBotMcp().WithHttpTransport(transport => transport.Stateless = true);

        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, policy => policy.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName).RequireAuthenticatedUser());
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Policy, context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<McpOptions>>().Value;
                return RateLimitPartition.GetTokenBucketLimiter(context.User.Identity?.Name ?? "", _ => Bucket(options));
            });
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await Results.Problem(
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Too many requests",
                    detail: "This key's rate limit (Mcp:RateLimitPerMinute, Mcp:RateLimitBurst) is used up; retry after the Retry-After seconds.")
                    .ExecuteAsync(context.HttpContext);
            };
        });
        services.AddProblemDetails();

        // The OpenAPI document describes the request body from generated metadata: the native build has no reflection.
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default));
        services.AddOpenApi();
        return services;
    }

    /// <summary><c>/mcp</c>, <c>/v1/*</c> and <c>/openapi/v1.json</c>, each behind the API keys and the per-key rate limit.</summary>
    public static void MapDealBotHttpApi(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<McpOptions>>().Value;
        app.Logger.LogInformation(
            "MCP at /mcp and the HTTP API at /v1: {KeyCount} API keys, {RateLimitPerMinute} requests a minute per key (burst {RateLimitBurst})",
            options.ApiKeys.Count, options.RateLimitPerMinute, options.RateLimitBurst);
        app.UseRateLimiter();
        var api = app.MapGroup("").RequireAuthorization(Policy).RequireRateLimiting(Policy);
        api.MapMcp("/mcp").ExcludeFromDescription();
        api.MapDealBotApi();
        api.MapOpenApi();
    }

    /// <summary>
    /// Up to the burst at once, refilled at the per-minute rate: whole tokens every second when the rate is a minute's
    /// worth of seconds or more (rounded up), else one token every 60/rate seconds.
    /// </summary>
    private static TokenBucketRateLimiterOptions Bucket(McpOptions options) => new()
    {
        TokenLimit = options.RateLimitBurst,
        TokensPerPeriod = options.RateLimitPerMinute >= 60 ? (options.RateLimitPerMinute + 59) / 60 : 1,
        ReplenishmentPeriod = options.RateLimitPerMinute >= 60 ? TimeSpan.FromSeconds(1) : TimeSpan.FromMinutes(1) / options.RateLimitPerMinute,
        QueueLimit = 0,
    };

    private static void Tool(IServiceCollection services, Func<DealService, McpServerTool> create) =>
        services.AddSingleton(provider => create(provider.GetRequiredService<DealService>()));

    private static CatalogResources Resources(IServiceProvider? services) =>
        (services ?? throw new InvalidOperationException("The MCP request has no services.")).GetRequiredService<CatalogResources>();
}
