using System.Diagnostics.Metrics;
using DealBot.Chat.Safety;
using DealBot.Hosting;
using DealBot.Hosting.Health;
using DealBot.Hosting.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DealBot.Deploy.Tests.Host;

/// <summary>The host's operations wiring in process: health checks, metered stores, error counting, shutdown timeout.</summary>
public sealed class OperationsTest
{
    [Fact]
    public async Task AddDealBotOperations_WrapsTheRegisteredStores_AndBoundsShutdown()
    {
        var inner = new DeliveryDeduplicator(TimeProvider.System, TimeSpan.FromMinutes(1));
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IDeliveryDeduplicator>(inner);
        services.AddSingleton<IUserRateLimiter>(new UserRateLimiter(TimeProvider.System, 1, 1));
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());

        services.AddDealBotOperations(new PlatformSelection(Discord: false, Slack: true));
        using var provider = services.BuildServiceProvider();

        Assert.IsType<MeteredDeduplicator>(provider.GetRequiredService<IDeliveryDeduplicator>());
        Assert.IsType<MeteredRateLimiter>(provider.GetRequiredService<IUserRateLimiter>());
        Assert.True(await provider.GetRequiredService<IDeliveryDeduplicator>().TryBeginAsync("slack:Ev1"));
        Assert.False(inner.TryBegin("slack:Ev1"));
        Assert.Equal(TimeSpan.FromSeconds(9), provider.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
    }

    [Fact]
    public async Task MeteredStores_CountByPlatform_WithABoundedTag()
    {
        using var meters = new TestMeterFactory();
        var metrics = new DealBotMetrics(meters);
        var recorded = Record(meters);
        var deduplicator = new MeteredDeduplicator(new DeliveryDeduplicator(TimeProvider.System, TimeSpan.FromMinutes(1)), metrics);
        var limiter = new MeteredRateLimiter(new UserRateLimiter(TimeProvider.System, perMinute: 1, burst: 1), metrics);

        await deduplicator.TryBeginAsync("slack:Ev1");
        await deduplicator.TryBeginAsync("slack:Ev1");
        await deduplicator.TryBeginAsync("discord:123");
        await deduplicator.TryBeginAsync("made-up-platform:1");
        await limiter.TryAcquireAsync("discord:U1");
        await limiter.TryAcquireAsync("discord:U1");

        Assert.Equal(
            ["dealbot.deliveries platform=slack", "dealbot.deliveries.duplicates platform=slack", "dealbot.deliveries platform=discord",
             "dealbot.deliveries platform=other", "dealbot.questions.rate_limited platform=discord"],
            recorded);
    }

    [Fact]
    public void ErrorCountingLogger_CountsErrorsAndCriticalsOnly()
    {
        using var meters = new TestMeterFactory();
        var recorded = Record(meters);
        using var provider = new ErrorCountingLoggerProvider(new DealBotMetrics(meters));
        var logger = provider.CreateLogger("DealBot.Slack.Work.SlackWorkerService");

        logger.LogWarning("slow");
        logger.LogError("failed");
        logger.LogCritical("down");

        Assert.Equal(["dealbot.errors category=DealBot.Slack.Work.SlackWorkerService", "dealbot.errors category=DealBot.Slack.Work.SlackWorkerService"], recorded);
    }

    [Fact]
    public async Task LifetimeCheck_ReadyOnlyBetweenStartedAndStopping()
    {
        var lifetime = new TestLifetime();
        var check = new LifetimeHealthCheck(lifetime);

        var starting = await check.CheckHealthAsync(new HealthCheckContext());
        lifetime.Started.Cancel();
        var started = await check.CheckHealthAsync(new HealthCheckContext());
        lifetime.Stopping.Cancel();
        var stopping = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(
            [(HealthStatus.Unhealthy, "starting"), (HealthStatus.Healthy, "started"), (HealthStatus.Unhealthy, "stopping")],
            new[] { starting, started, stopping }.Select(r => (r.Status, r.Description)));
    }

    [Theory]
    [InlineData(false, true, false, null, "Healthy", "Slack HTTP mode: endpoints served")]
    [InlineData(false, true, true, null, "Degraded", "Slack Socket Mode: the adapter reports no connection state yet")]
    [InlineData(true, false, false, null, "Degraded", "Discord: the adapter reports no shard states yet")]
    [InlineData(true, false, false, "discord", "Healthy", "Discord (own check)")]
    public async Task PlatformCheck_SaysWhatItCanKnow(bool discord, bool slack, bool socketMode, string? ownCheck, string status, string description)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Slack:AppToken"] = socketMode ? "xapp-1" : null })
            .Build();
        var options = new HealthCheckServiceOptions();
        if (ownCheck is not null)
        {
            options.Registrations.Add(new HealthCheckRegistration(ownCheck, _ => null!, null, [HealthEndpoints.ReadyTag]));
        }

        var result = await new PlatformHealthCheck(new PlatformSelection(discord, slack), configuration, Microsoft.Extensions.Options.Options.Create(options))
            .CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(status, result.Status.ToString());
        Assert.Equal(description, result.Description);
    }

    private static List<string> Record(TestMeterFactory meters)
    {
        var recorded = new List<string>();
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (meters.Created.Contains(instrument.Meter))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) =>
            recorded.Add($"{instrument.Name} {string.Join(",", tags.ToArray().Select(t => $"{t.Key}={t.Value}"))}"));
        listener.Start();
        meters.Listeners.Add(listener);
        return recorded;
    }

    private sealed class TestMeterFactory : IMeterFactory
    {
        public List<Meter> Created { get; } = [];

        public List<MeterListener> Listeners { get; } = [];

        public Meter Create(MeterOptions options)
        {
            var meter = new Meter(options);
            Created.Add(meter);
            return meter;
        }

        public void Dispose()
        {
            Listeners.ForEach(l => l.Dispose());
            Created.ForEach(m => m.Dispose());
        }
    }

    private sealed class TestLifetime : IHostApplicationLifetime
    {
        public CancellationTokenSource Started { get; } = new();

        public CancellationTokenSource Stopping { get; } = new();

        public CancellationToken ApplicationStarted => Started.Token;

        public CancellationToken ApplicationStopping => Stopping.Token;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication() => Stopping.Cancel();
    }
}
