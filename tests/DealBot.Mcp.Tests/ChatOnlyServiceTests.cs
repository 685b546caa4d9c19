using System.Net;
using DealBot.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Server;

namespace DealBot.Mcp.Tests;

/// <summary>
/// A chat service with no <c>Mcp:ApiKeys</c> (the default, and the Slack load tool's configuration) registers nothing
/// of MCP or the HTTP API and maps none of their endpoints: what linking them costs its memory is the executable's size
/// alone (README, Benchmarks), not work done at start.
/// </summary>
public sealed class ChatOnlyServiceTests
{
    [Fact]
    public async Task WithoutKeys_ServesNeitherMcpNorTheApi()
    {
        string[] args =
        [
            "--Urls=http://127.0.0.1:0",
            "--Slack:SigningSecret=8f742231b10e8888abcd99yyyzzz85a5",
            "--Slack:BotToken=xoxb-0000-test",
            // Nothing may leave the machine: the Web API points at a closed local port.
            "--Slack:ApiBaseUrl=http://127.0.0.1:9/api/",
            $"--Slack:InstallationStorePath={Path.Combine(Path.GetTempPath(), $"dealbot-{Guid.NewGuid():N}", "installations.json")}",
        ];
        var platforms = PlatformSelection.From(HostSetup.ReadConfiguration(args));
        await using var app = ServiceHost.Build(args, platforms);
        await app.StartAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()) };

            Assert.False(platforms.Api);
            Assert.Empty(app.Services.GetServices<McpServerTool>());
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsync("/mcp", new StringContent("{}"))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/v1/deals")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/openapi/v1.json")).StatusCode);
        }
        finally
        {
            await app.StopAsync();
        }
    }
}
