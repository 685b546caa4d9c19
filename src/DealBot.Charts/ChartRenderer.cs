using System.Diagnostics;
using DealBot.Core.Charts;
using ScottPlot;
using SkiaSharp;

namespace DealBot.Charts;

/// <summary>
/// Draws an answer's chart (<see cref="ChartData"/>) to PNG in-process: about 800×450, titled, axes labelled with units,
/// the sources in a caption. Thread-safe; every native object is disposed before <see cref="Render"/> returns. Never
/// throws for a chart: a failure is reported through the warning callback and the answer goes out without it.
/// </summary>
public sealed class ChartRenderer
{
    private readonly Action<string> _warn;
    private readonly Lazy<ChartFonts> _fonts;
    private int _warnedUnavailable;

    /// <param name="warn">Called with one line when charts cannot be drawn (no fonts, a native library missing, a failed render).</param>
    public ChartRenderer(Action<string>? warn = null)
        : this(ChartFonts.Find, warn)
    {
    }

    /// <summary>With the font lookup replaced (tests: a machine without fonts).</summary>
    internal ChartRenderer(Func<ChartFonts> fonts, Action<string>? warn)
    {
        _warn = warn ?? (_ => { });
        _fonts = new Lazy<ChartFonts>(fonts);
    }

    /// <summary>Why charts cannot be drawn on this machine, or null when they can.</summary>
    public string? Unavailable => _fonts.Value.Problem;

    /// <summary>The chart as a PNG, or null when it cannot be drawn (<see cref="Unavailable"/>, or the render failed).</summary>
    public ChartImage? Render(ChartData chart, int width = ChartStyle.Width, int height = ChartStyle.Height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 100);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 100);
        if (_fonts.Value is not { Family: { } family })
        {
            if (Interlocked.Exchange(ref _warnedUnavailable, 1) == 0)
            {
                _warn(_fonts.Value.Problem ?? ChartFonts.Missing);
            }

            return null;
        }

        try
        {
            return new ChartImage(Draw(chart, family, width, height), width, height, ChartImage.DefaultFileName, chart.Description);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _warn($"Chart \"{chart.Title}\" could not be drawn: {e.GetType().Name}: {e.Message}");
            return null;
        }
    }

    /// <summary>Draws one small chart so the first answer that needs one does not pay for loading fonts and native code.</summary>
    public TimeSpan WarmUp()
    {
        var clock = Stopwatch.StartNew();
        Render(new BarChart
        {
            Title = "warm-up",
            Description = "warm-up",
            Basis = "warm-up",
            Unit = Core.Answers.AnswerUnit.Usd,
            Bars = [new ChartBar("a", Core.Quantities.Estimate<decimal>.Exactly(1m))],
        }, 200, 120);
        return clock.Elapsed;
    }

    private static byte[] Draw(ChartData chart, string family, int width, int height)
    {
        using var plot = new Plot();
        plot.Font.Set(family);
        switch (chart)
        {
            case SpendChart spend:
                SpendPlot.Draw(plot, spend);
                break;
            case BarChart bars:
                BarPlot.Draw(plot, bars);
                break;
            default:
                throw new NotSupportedException($"no drawing for {chart.GetType().Name}");
        }

        Style(plot, chart);
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException("could not allocate a drawing surface");
        plot.Render(surface.Canvas, width, height);
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels();

        // Sub filter and zlib level 3: a third of the default encoder's time for a file about a fifth larger (~60 KB).
        using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 3))
            ?? throw new InvalidOperationException("PNG encoding failed");
        return png.ToArray();
    }

    private static void Style(Plot plot, ChartData chart)
    {
        plot.Title(chart.Title, ChartStyle.TitleSize);
        plot.Axes.Left.Label.FontSize = ChartStyle.AxisLabelSize;
        plot.Axes.Bottom.Label.FontSize = ChartStyle.AxisLabelSize;
        plot.Axes.Left.TickLabelStyle.FontSize = ChartStyle.TickLabelSize;
        plot.Axes.Bottom.TickLabelStyle.FontSize = ChartStyle.TickLabelSize;
        plot.Legend.FontSize = ChartStyle.LegendSize;

        var caption = Caption.Sources(chart.Sources);
        if (caption.Length > 0)
        {
            // A second, bare bottom axis carries the caption under the month axis.
            var axis = plot.Axes.AddBottomAxis();
            axis.LabelText = caption;
            axis.LabelFontSize = ChartStyle.CaptionSize;
            axis.LabelBold = false;
            axis.LabelFontColor = ChartStyle.Caption;
            axis.TickLabelStyle.IsVisible = false;
            axis.MajorTickStyle.Length = 0;
            axis.MinorTickStyle.Length = 0;
            axis.FrameLineStyle.Width = 0;
        }
    }
}
