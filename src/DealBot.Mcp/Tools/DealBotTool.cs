using System.Text.Json;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace DealBot.Mcp.Tools;

/// <summary>
/// A tool registered explicitly, with a hand-written input schema: no reflection over methods, so the native (AOT)
/// build serves the same tools. A parameter that cannot be used becomes a tool error with a message, never a trace.
/// </summary>
public abstract class DealBotTool : McpServerTool
{
    private readonly string[] _arguments;

    /// <param name="name">The tool's name.</param>
    /// <param name="description">What it does, for the assistant choosing a tool.</param>
    /// <param name="inputSchema">The JSON schema of its arguments (an object schema with <c>properties</c>).</param>
    protected DealBotTool(string name, string description, string inputSchema)
    {
        var schema = JsonElement.Parse(inputSchema);
        _arguments = schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToArray();
        ProtocolTool = new Tool
        {
            Name = name,
            Description = description,
            InputSchema = schema,
            Annotations = new ToolAnnotations { ReadOnlyHint = true, OpenWorldHint = false, IdempotentHint = true, DestructiveHint = false },
        };
    }

    public override Tool ProtocolTool { get; }

    public override IReadOnlyList<object> Metadata => [];

    public override async ValueTask<CallToolResult> InvokeAsync(RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken = default)
    {
        try
        {
            var arguments = new ToolArguments(request.Params?.Arguments as IReadOnlyDictionary<string, JsonElement>, _arguments);
            return await InvokeAsync(arguments, request, cancellationToken).ConfigureAwait(false);
        }
        catch (DealInputException e)
        {
            return ToolResults.Error(e.Message);
        }
    }

    protected abstract ValueTask<CallToolResult> InvokeAsync(ToolArguments arguments, RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken);
}
