using DealBot.Core.Charts;
using DealBot.Core.Quantities;
using DealBot.Core.Text;
using ScottPlot;

namespace DealBot.Charts;

/// <summary>
/// Cumulative spend: a line per series (the midpoint) over a shaded band (the range the ramp months leave open), a
/// dashed "today" line and a dotted line at each term's end. X is months, labelled "Jan 2027"; Y is USD.
/// </summary>
internal static class SpendPlot
{
    /// <summary>"Today" is drawn when it falls within a year of the chart's months.</summary>
    private const int TodayReach = 12;

    public static void Draw(Plot plot, SpendChart chart)
    {
        var origin = chart.Series.Min(s => s.First);
        var end = chart.Series.Max(s => s.Last);
        var scale = ValueScale.For((double)chart.Series.Max(s => s.Cumulative.Max(p => p.High)));
        var bandShown = false;

        for (var i = 0; i < chart.Series.Count; i++)
        {
            var series = chart.Series[i];
            var color = ChartStyle.Series[i % ChartStyle.Series.Length];
            var offset = Index(origin, series.First);
            var count = series.Cumulative.Count;
            var xs = new double[count];
            var low = new double[count];
            var value = new double[count];
            var high = new double[count];
            var isRange = false;
            for (var m = 0; m < count; m++)
            {
                var point = series.Cumulative[m];
                xs[m] = offset + m;
                (low[m], value[m], high[m]) = (scale.Apply(point.Low), scale.Apply(point.Value), scale.Apply(point.High));
                isRange |= point.Low != point.High;
            }

            if (isRange)
            {
                var band = plot.Add.FillY(xs, low, high);
                band.FillColor = color.WithAlpha(0.22);
                band.LineWidth = 0;
                band.LegendText = bandShown ? "" : "range (ramp months' fee undisclosed)";
                bandShown = true;
            }

            var line = plot.Add.ScatterLine(xs, value);
            line.Color = color;
            line.LineWidth = ChartStyle.LineWidth;
            line.LegendText = chart.Series.Count == 1 ? "cumulative spend" + (isRange ? " (midpoint)" : "") : series.Name;
        }

        foreach (var ending in chart.Series.GroupBy(s => s.Last))
        {
            var marker = plot.Add.VerticalLine(Index(origin, ending.Key), 1.5f, ChartStyle.TermEnd, LinePattern.Dotted);
            var whose = ending.Count() == chart.Series.Count ? "term end" : ending.First().Name + " ends";
            marker.LegendText = $"{whose} ({Months.Name(ending.Key)})";
        }

        var today = Index(origin, chart.Today);
        var span = Index(origin, end);
        if (today >= -TodayReach && today <= span + TodayReach)
        {
            var marker = plot.Add.VerticalLine(today, 1.5f, ChartStyle.Today, LinePattern.Dashed);
            marker.LegendText = $"today ({Months.Name(chart.Today)})";
            span = Math.Max(span, today);
            origin = today < 0 ? origin.AddMonths(today) : origin;
        }

        MonthTicks(plot, chart.Series.Min(s => s.First), Math.Min(0, today), span);
        plot.XLabel("Month");
        plot.YLabel($"Cumulative spend ({(scale.Word.Length == 0 ? "USD" : "USD " + scale.Word)})");
        plot.Axes.SetLimitsY(0, Math.Max(chart.Series.Max(s => scale.Apply(s.Cumulative.Max(p => p.High))) * 1.1, 1e-9));
        plot.ShowLegend(Alignment.UpperLeft);
    }

    private static int Index(YearMonth origin, YearMonth month) =>
        month >= origin ? YearMonth.CountInclusive(origin, month) - 1 : -(YearMonth.CountInclusive(month, origin) - 1);

    /// <summary>Ticks on whole quarters, half-years, years or more, so that about six are labelled.</summary>
    private static void MonthTicks(Plot plot, YearMonth origin, int from, int to)
    {
        var months = to - from + 1;
        var step = months switch { <= 18 => 3, <= 42 => 6, <= 84 => 12, <= 168 => 24, _ => 60 };
        var positions = new List<double>();
        var labels = new List<string>();
        for (var i = from; i <= to; i++)
        {
            var month = origin.AddMonths(i);
            if (((month.Year * 12) + month.Month - 1) % step == 0)
            {
                positions.Add(i);
                labels.Add(Months.Name(month));
            }
        }

        plot.Axes.Bottom.SetTicks([.. positions], [.. labels]);
        plot.Axes.SetLimitsX(from - 0.5, to + 0.5);
    }
}
