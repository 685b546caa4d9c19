using DealBot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using DealBot.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DealBot.Mcp.Tests;

/// <summary>
/// The service host started in-process on a free loopback port with only <c>Mcp:ApiKeys</c> set (no chat platform):
/// <see cref="Key"/> for most tests, <see cref="BurstKey"/> for the rate-limit test, so its burst uses up nobody else's.
/// </summary>
public sealed class ServiceFixture : IAsyncLifetime
{
    public const string Key = "test-key-0123456789abcdef";
    public const string BurstKey = "burst-key-0123456789abcdef";
    public const int Burst = 100;
    public const int MaxRequestBytes = 2048;

    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Every line the service logged.</summary>
    public CapturedLogs Logs { get; } = new();

    public async Task InitializeAsync()
    {
        string[] args =
        [
            "--Urls=http://127.0.0.1:0",
            $"--Mcp:ApiKeys:0={Key}",
            $"--Mcp:ApiKeys:1={BurstKey}",
            $"--Mcp:RateLimitBurst={Burst}",
            "--Mcp:RateLimitPerMinute=60",
            $"--Mcp:MaxRequestBytes={MaxRequestBytes}",
            // Everything down to authentication's own lines, so the test that no key is logged sees them all.
            "--Logging:LogLevel:Default=Debug",
        ];
        _app = ServiceHost.Build(args, new PlatformSelection(Discord: false, Slack: false, Api: true));
        _app.Services.GetRequiredService<ILoggerFactory>().AddProvider(Logs);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseAddress = new Uri(address);
    }

    /// <summary>A client for the service, with <paramref name="key"/> as its bearer token (null: none).</summary>
    public HttpClient Client(string? key = Key)
    {
        var http = new HttpClient { BaseAddress = BaseAddress };
        if (key is not null)
        {
            http.DefaultRequestHeaders.Authorization = new("Bearer", key);
        }

        return http;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
