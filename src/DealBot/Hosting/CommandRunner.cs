using DealBot.Chat;
using DealBot.Cli;
using DealBot.Core.Catalog;
using DealBot.Interactive;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DealBot.Hosting;

/// <summary>
/// Starts up (validates the options, loads the catalog) and runs one command. Start-up problems become one clear
/// line each on stderr and exit code 1, never a stack trace.
/// </summary>
public sealed class CommandRunner(IServiceProvider services, ConsoleStreams console)
{
    public async Task<int> RunAsync(CliCommand command)
    {
        if (StartUp() is { } failed)
        {
            return failed;
        }

        var engine = services.GetRequiredService<ChatEngine>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger<CommandRunner>();
        return command.Kind switch
        {
            CommandKind.Ask when command.Question is { } question =>
                AskCommand.Run(engine, question, command.Format, console.OpenOutput(), ChartFile.For(command), console.Error),
            CommandKind.Ask => await BatchCommand.RunAsync(engine, console.OpenInput(), console.OpenOutput(), command.Format, logger),
            // The stdio transport runs as the host's service until the assistant closes stdin.
            CommandKind.Mcp => await RunHostAsync(),
            CommandKind.Chat when command.Format != OutputFormat.Text =>
                await BatchCommand.RunAsync(engine, console.OpenInput(), console.OpenOutput(), command.Format, logger, ConsoleChat.Conversation),
            _ => await RunChatAsync(engine, ChartFile.For(command)),
        };
    }

    private async Task<int> RunHostAsync()
    {
        await services.GetRequiredService<IHost>().RunAsync();
        return ExitCodes.Ok;
    }

    private async Task<int> RunChatAsync(ChatEngine engine, ChartFile? chart)
    {
        var chat = new ConsoleChat(engine, chart);
        if (!console.InputRedirected)
        {
            return await chat.RunAsync(console.TerminalInput, console.TerminalOutput, interactive: true);
        }

        using var input = new StreamReader(console.OpenInput(), ConsoleStreams.Utf8, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024);
        await using var output = new StreamWriter(console.OpenOutput(), ConsoleStreams.Utf8, bufferSize: 64 * 1024);
        return await chat.RunAsync(input, output, interactive: false);
    }

    /// <summary>Validates the options (ValidateOnStart) and loads the catalog; on failure, the exit code.</summary>
    private int? StartUp()
    {
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
            services.GetRequiredService<DealCatalog>();
            return null;
        }
        catch (Exception e) when (StartupErrors.Describe(e) is { } lines)
        {
            foreach (var line in lines)
            {
                console.Error.WriteLine(line);
            }

            return ExitCodes.Failure;
        }
    }
}
