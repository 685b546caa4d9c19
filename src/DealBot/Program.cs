using DealBot.Cli;
using DealBot.Hosting;

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

try
{
    var builder = HostSetup.CreateBuilder(command.ConfigurationArgs);
    builder.Services.AddDealBot();
    using var host = builder.Build();
    return new CommandRunner(host.Services, builder.Configuration, ConsoleStreams.System()).Run(command);
}
catch (Exception e) when (e is IOException or InvalidDataException or FormatException)
{
    // A missing or malformed appsettings.json: say which, in one line.
    Console.Error.WriteLine($"DealBot: cannot start: {e.Message.ReplaceLineEndings(" ")}");
    return ExitCodes.Failure;
}
