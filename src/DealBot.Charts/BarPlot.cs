using DealBot.Core.Charts;
using ScottPlot;

namespace DealBot.Charts;

/// <summary>One bar per deal (or original and what-if) on one basis, with the range as error bars and the value on top.</summary>
internal static class BarPlot
{
    public static void Draw(Plot plot, BarChart chart)
    {
        var scale = ValueScale.For((double)chart.Bars.Max(b => b.Value.High));
        var bars = new List<Bar>(chart.Bars.Count);
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var value = chart.Bars[i].Value;
            var y = scale.Apply(value.Value);
            bars.Add(new Bar
            {
                Position = i,
                Value = y,
                FillColor = ChartStyle.Series[i % ChartStyle.Series.Length],
                LineWidth = 0,
                Label = ValueScale.Short(value.Value, chart.Unit),
            });
        }

        var plottable = plot.Add.Bars(bars);
        plottable.ValueLabelStyle.FontSize = ChartStyle.TickLabelSize;
        plottable.ValueLabelStyle.Bold = true;
        Ranges(plot, chart, scale);

        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, chart.Bars.Count).Select(i => (double)i)], [.. chart.Bars.Select(b => b.Label)]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.XLabel(chart.Omitted.Count > 0 ? $"Not disclosed, so not drawn: {string.Join(", ", chart.Omitted)}" : "");
        plot.YLabel(scale.Label(chart.Unit));
        var top = chart.Bars.Max(b => scale.Apply(b.Value.High));
        plot.Axes.SetLimits(-0.6, chart.Bars.Count - 0.4, 0, Math.Max(top * 1.15, 1e-9));
    }

    /// <summary>Where the facts leave a range, a whisker from its low to its high end.</summary>
    private static void Ranges(Plot plot, BarChart chart, ValueScale scale)
    {
        var ranged = Enumerable.Range(0, chart.Bars.Count).Where(i => chart.Bars[i].Value.Low != chart.Bars[i].Value.High).ToArray();
        if (ranged.Length == 0)
        {
            return;
        }

        var zeros = new double[ranged.Length];
        var errors = new ScottPlot.Plottables.ErrorBar(
            [.. ranged.Select(i => (double)i)],
            [.. ranged.Select(i => scale.Apply(chart.Bars[i].Value.Value))],
            zeros,
            zeros,
            [.. ranged.Select(i => scale.Apply(chart.Bars[i].Value.High) - scale.Apply(chart.Bars[i].Value.Value))],
            [.. ranged.Select(i => scale.Apply(chart.Bars[i].Value.Value) - scale.Apply(chart.Bars[i].Value.Low))]);
        plot.Add.Plottable(errors);
        errors.LineWidth = 1.5f;
        errors.Color = ChartStyle.TermEnd;
        errors.LegendText = "range";
        plot.ShowLegend(Alignment.UpperRight);
    }
}
