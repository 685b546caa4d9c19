using DealBot.Cli;
using DealBot.Hosting;
#if DEALBOT_MCP
using DealBot.Mcp;
#endif
using Microsoft.Extensions.DependencyInjection;

// Configuration and wiring only: the command line, the commands and the chat live in Cli/, Interactive/, Hosting/.
var parsed = CommandLine.Parse(args);
if (parsed.Command is not { } command)
{
    Console.Error.WriteLine($"DealBot: {parsed.Error}. {Usage.Line}");
    return ExitCodes.Usage;
}

if (command.Kind == CommandKind.Help)
{
    Console.Out.Write(Usage.Help);
    return ExitCodes.Ok;
}

PlatformSelection platforms;
try
{
    platforms = PlatformSelection.From(HostSetup.ReadConfiguration(command.ConfigurationArgs));
}
catch (Exception e) when (e is IOException or InvalidDataException or FormatException)
{
    // appsettings.json missing or malformed: say which file and why, in one line.
    var detail = e.InnerException is { } inner ? $" {inner.Message}" : "";
    Console.Error.WriteLine($"DealBot: configuration error: {(e.Message + detail).ReplaceLineEndings(" ")}");
    return ExitCodes.Failure;
}

#if !DEALBOT_MCP
// The chat-only build leaves MCP and the HTTP API (with any platform beside them) to the full build.
if (command.Kind == CommandKind.Mcp || (command.Kind == CommandKind.Default && platforms.Api))
{
    return McpHandover.Exec(args, Console.Error);
}

#endif
// A configured platform runs as a service and never reads stdin (a container's stdin is empty); the explicit
// chat and ask commands always use the console.
if (command.Kind == CommandKind.Default && platforms.Any)
{
    return await ServiceHost.RunAsync(command.ConfigurationArgs, platforms, Console.Error);
}

var builder = HostSetup.CreateBuilder(command.ConfigurationArgs);
builder.Services.AddDealBot();
#if DEALBOT_MCP
if (command.Kind == CommandKind.Mcp)
{
    builder.Services.AddDealBotMcp().WithStdioServerTransport();
}
#endif

using var host = builder.Build();
return await new CommandRunner(host.Services, ConsoleStreams.System()).RunAsync(command);
