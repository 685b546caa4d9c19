using DealBot.Cli;
using DealBot.Hosting;
using Microsoft.Extensions.Hosting;

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

HostApplicationBuilder builder;
try
{
    builder = HostSetup.CreateBuilder(command.ConfigurationArgs);
}
catch (Exception e) when (e is IOException or InvalidDataException or FormatException)
{
    // appsettings.json missing or malformed: say which file and why, in one line.
    var detail = e.InnerException is { } inner ? $" {inner.Message}" : "";
    Console.Error.WriteLine($"DealBot: configuration error: {(e.Message + detail).ReplaceLineEndings(" ")}");
    return ExitCodes.Failure;
}

builder.Services.AddDealBot();
using var host = builder.Build();
return new CommandRunner(host.Services, builder.Configuration, ConsoleStreams.System()).Run(command);
