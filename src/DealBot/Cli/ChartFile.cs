using DealBot.Charts;
using DealBot.Core.Answers;

namespace DealBot.Cli;

/// <summary>
/// <c>--chart FILE.png</c>: draws an answer's chart into the file (written whole, then moved into place, so a reader
/// never sees half a PNG) and says in one line what happened. The answer's text is printed as always; the chart is extra.
/// </summary>
public sealed class ChartFile
{
    private readonly ChartRenderer _renderer;
    private string? _problem;

    public ChartFile(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        _renderer = new ChartRenderer(problem => _problem = problem);
    }

    public string Path { get; }

    public static ChartFile? For(CliCommand command) => command.ChartPath is { } path ? new ChartFile(path) : null;

    /// <summary>Writes the answer's chart; the line to show and whether the file was written.</summary>
    public (string Message, bool Written) Write(Answer answer)
    {
        if (answer.Chart is not { } chart)
        {
            // The answer itself says why (an assumption line starting "No chart:"), when a chart was possible at all.
            return ($"No chart for this answer; {Path} is unchanged.", false);
        }

        if (_renderer.Render(chart) is not { } image)
        {
            return ($"No chart written: {_problem ?? "it could not be drawn"}", false);
        }

        var temporary = Path + ".tmp";
        try
        {
            File.WriteAllBytes(temporary, image.Png);
            File.Move(temporary, Path, overwrite: true);
            return ($"Chart written to {Path} ({image.Width}×{image.Height} PNG, {(image.Png.Length + 1023) / 1024} KB): {chart.Title}.", true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ($"Could not write the chart to {Path}: {e.Message}", false);
        }
    }
}
