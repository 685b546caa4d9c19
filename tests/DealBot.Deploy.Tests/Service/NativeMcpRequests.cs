using System.Text;

namespace DealBot.Deploy.Tests.Service;

/// <summary>MCP as plain JSON-RPC, written by hand: a client independent of the SDK the server is built on.</summary>
public static class NativeMcpRequests
{
    public const string Initialize =
        """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"deploy-test","version":"1"}}}""";

    public const string Initialized = """{"jsonrpc":"2.0","method":"notifications/initialized"}""";

    public const string ListTools = """{"jsonrpc":"2.0","id":2,"method":"tools/list"}""";

    public const string CallUnitCost =
        """{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"unit_cost","arguments":{"deal":"anthropic-xai","unit":"kW-month"}}}""";

    /// <summary>One JSON-RPC request to <c>/mcp</c> with the headers streamable HTTP requires.</summary>
    public static HttpRequestMessage Post(string body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/mcp") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new("Bearer", key);
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Accept.ParseAdd("text/event-stream");
        return request;
    }
}
