using System.Text;

namespace DealBot.Hosting;

/// <summary>The process's standard streams, replaceable in tests.</summary>
public sealed record ConsoleStreams(
    Func<Stream> OpenInput,
    Func<Stream> OpenOutput,
    TextReader TerminalInput,
    TextWriter TerminalOutput,
    TextWriter Error,
    bool InputRedirected)
{
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static ConsoleStreams System() => new(
        Console.OpenStandardInput,
        Console.OpenStandardOutput,
        Console.In,
        Console.Out,
        Console.Error,
        Console.IsInputRedirected);
}
