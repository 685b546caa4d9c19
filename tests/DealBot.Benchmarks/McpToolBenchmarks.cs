using System.IO.Pipelines;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using DealBot.Hosting;
using DealBot.Mcp;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace DealBot.Benchmarks;

/// <summary>
/// One MCP tool call (<c>unit_cost</c>, the deal's cost per kW-month): the server's own work (the tool invoked as the
/// SDK invokes it), and the whole call measured at the client (JSON-RPC out, the server's work, JSON-RPC back) over an
/// in-memory pipe (what stdio costs without the OS pipe) and over HTTP on the loopback (<c>/mcp</c> in the service
/// host, with its bearer token and rate limiter).
/// </summary>
[MemoryDiagnoser]
public class McpToolBenchmarks
{
    private const string Key = "benchmark-key-0123456789abcdef";

    private static readonly Dictionary<string, object?> Arguments = new() { ["deal"] = "anthropic-xai", ["unit"] = "kW-month" };

    private IHost _pipeHost = null!;
    private McpServerTool _tool = null!;
    private RequestContext<CallToolRequestParams> _call = null!;
    private McpClient _pipeClient = null!;
    private WebApplication _service = null!;
    private McpClient _httpClient = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var toServer = new Pipe();
        var toClient = new Pipe();
        var builder = HostSetup.CreateBuilder([]);
        builder.Services.AddDealBot();
        builder.Services.AddDealBotMcp().WithStreamServerTransport(toServer.Reader.AsStream(), toClient.Writer.AsStream());
        _pipeHost = builder.Build();
        await _pipeHost.StartAsync();
        _pipeClient = await McpClient.CreateAsync(new StreamClientTransport(toServer.Writer.AsStream(), toClient.Reader.AsStream()));
        _tool = _pipeHost.Services.GetServices<McpServerTool>().Single(t => t.ProtocolTool.Name == "unit_cost");
        var call = new CallToolRequestParams
        {
            Name = "unit_cost",
            Arguments = Arguments.ToDictionary(a => a.Key, a => JsonSerializer.SerializeToElement(a.Value)),
        };
        _call = new RequestContext<CallToolRequestParams>(_pipeHost.Services.GetRequiredService<McpServer>(), new JsonRpcRequest { Method = RequestMethods.ToolsCall }, call);

        string[] args = ["--Urls=http://127.0.0.1:0", $"--Mcp:ApiKeys:0={Key}", "--Mcp:RateLimitBurst=100000", "--Mcp:RateLimitPerMinute=100000", "--Logging:LogLevel:Default=Warning"];
        _service = ServiceHost.Build(args, new PlatformSelection(Discord: false, Slack: false, Api: true));
        await _service.StartAsync();
        var address = new Uri(_service.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        _httpClient = await McpClient.CreateAsync(new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = new Uri(address, "/mcp"),
            TransportMode = HttpTransportMode.StreamableHttp,
            AdditionalHeaders = new Dictionary<string, string> { ["Authorization"] = $"Bearer {Key}" },
        }));
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _pipeClient.DisposeAsync();
        await _pipeHost.StopAsync();
        _pipeHost.Dispose();
        await _httpClient.DisposeAsync();
        await _service.StopAsync();
        await _service.DisposeAsync();
    }

    /// <summary>The server's own work for a call: arguments read, deal found, unit read, answered, text and JSON written.</summary>
    [Benchmark(Description = "unit_cost in the server (no transport)")]
    public ValueTask<CallToolResult> Server() => _tool.InvokeAsync(_call);

    [Benchmark(Description = "unit_cost over an in-memory pipe")]
    public async Task<CallToolResult> Pipe() => await _pipeClient.CallToolAsync("unit_cost", Arguments);

    [Benchmark(Description = "unit_cost over HTTP on the loopback")]
    public async Task<CallToolResult> Http() => await _httpClient.CallToolAsync("unit_cost", Arguments);
}
