using DealBot.Tests;
using ModelContextProtocol.Client;

namespace DealBot.Mcp.Tests;

/// <summary>The built binary as a desktop assistant runs it: <c>dotnet DealBot.dll mcp</c>, spoken to over stdin/stdout.</summary>
public sealed class StdioMcpTests(StdioMcpTests.Server server) : McpContractTests, IClassFixture<StdioMcpTests.Server>
{
    protected override Task<McpClient> ClientAsync() => Task.FromResult(server.Client);

    [Fact]
    public void Server_IsDealBot()
    {
        Assert.Equal("DealBot", server.Client.ServerInfo?.Name);
    }

    /// <summary>One server process for the class: starting the runtime per test would dominate the run.</summary>
    public sealed class Server : IAsyncLifetime
    {
        public McpClient Client { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var start = HostProcess.StartInfo(null, "mcp");
            var transport = new StdioClientTransport(new StdioClientTransportOptions
            {
                Name = "DealBot",
                Command = start.FileName,
                Arguments = [.. start.ArgumentList],
                WorkingDirectory = start.WorkingDirectory,
            });
            Client = await McpClient.CreateAsync(transport);
        }

        public async Task DisposeAsync() => await Client.DisposeAsync();
    }
}
