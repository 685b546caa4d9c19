using System.Net;
using ModelContextProtocol.Client;

namespace DealBot.Mcp.Tests;

/// <summary>MCP over streamable HTTP at <c>/mcp</c> in the service host, behind the bearer tokens.</summary>
[Collection(ServiceCollection.Name)]
public sealed class HttpMcpTests(ServiceFixture service) : McpContractTests
{
    protected override async Task<McpClient> ClientAsync() => await ConnectAsync(ServiceFixture.Key);

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key-0123456789abcdef")]
    public async Task Connect_WithoutTheKey_Is401(string? key)
    {
        var error = await Assert.ThrowsAnyAsync<HttpRequestException>(() => ConnectAsync(key));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
    }

    private async Task<McpClient> ConnectAsync(string? key)
    {
        var headers = key is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Authorization"] = $"Bearer {key}" };
        var transport = new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = new Uri(service.BaseAddress, "/mcp"),
            TransportMode = HttpTransportMode.StreamableHttp,
            AdditionalHeaders = headers,
        });
        return await McpClient.CreateAsync(transport);
    }
}
