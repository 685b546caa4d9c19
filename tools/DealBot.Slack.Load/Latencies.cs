using System.Diagnostics;
using System.Globalization;

namespace DealBot.Slack.Load;

/// <summary>Measured latencies of one phase and its wall time; percentiles by nearest rank.</summary>
internal sealed class Latencies(int capacity)
{
    private readonly List<double> _milliseconds = new(capacity);
    private readonly Lock _gate = new();

    public TimeSpan Elapsed { get; set; }

    public int Count => _milliseconds.Count;

    public void Add(long startTimestamp)
    {
        var ms = Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds;
        lock (_gate)
        {
            _milliseconds.Add(ms);
        }
    }

    public double Percentile(double p)
    {
        var sorted = _milliseconds.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public string Summary(string unit) => string.Create(
        CultureInfo.InvariantCulture,
        $"n={Count}, p50={Percentile(50):0.000} ms, p99={Percentile(99):0.000} ms, max={Percentile(100):0.000} ms, {Count / Elapsed.TotalSeconds:0} {unit}/s");
}
