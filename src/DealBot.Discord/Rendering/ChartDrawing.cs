using DealBot.Charts;
using DealBot.Core.Answers;
using Microsoft.Extensions.Logging;

namespace DealBot.Discord.Rendering;

/// <summary>
/// Draws answers' charts for Discord, on the worker that answers (never the gateway's receive loop). Problems (no
/// fonts, a failed render) are logged once each as warnings; the answer is then sent without its chart.
/// </summary>
internal sealed partial class ChartDrawing
{
    private readonly ChartRenderer _renderer;
    private readonly ILogger<ChartDrawing> _logger;

    public ChartDrawing(ILogger<ChartDrawing> logger)
    {
        _logger = logger;
        _renderer = new ChartRenderer(LogProblem);
    }

    /// <summary>The answer's chart as a PNG, or null when it has none or it cannot be drawn.</summary>
    public ChartImage? Draw(Answer answer) => answer.Chart is { } chart ? _renderer.Render(chart) : null;

    [LoggerMessage(LogLevel.Warning, "Discord charts: {Problem}")]
    private partial void LogProblem(string problem);
}
