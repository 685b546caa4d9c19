using System.Globalization;

namespace DealBot.Load.Outages;

/// <summary>
/// What one phase of an outage run measured: each message answered once, lost (no answer by the end of the run) or
/// more than once; the acks or interaction responses that missed the platform's 3 s; answer and ack latencies.
/// Percentiles by nearest rank.
/// </summary>
internal sealed class PhaseTally(string name)
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(3);

    private readonly List<double> _answers = [];
    private readonly List<double> _acks = [];
    private readonly Lock _gate = new();
    private int _once;
    private int _lost;
    private int _twice;
    private int _missed;

    public string Name { get; } = name;

    public static string Header =>
        "| Phase | Messages | Answered once | Lost | Twice | Deadline misses | Answer p50 / p99 | Ack p99 / max |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";

    /// <summary>An ack (or an answer in the response) took <paramref name="took"/>; past <see cref="Deadline"/> it is a miss.</summary>
    public void Acked(TimeSpan took, bool answered = true)
    {
        lock (_gate)
        {
            _acks.Add(took.TotalMilliseconds);
            if (took >= Deadline || !answered)
            {
                _missed++;
            }
        }
    }

    /// <summary>A message answered <paramref name="times"/> times, the first <paramref name="latency"/> after it was sent.</summary>
    public void Answered(int times, TimeSpan latency)
    {
        lock (_gate)
        {
            switch (times)
            {
                case 0:
                    _lost++;
                    return;
                case 1:
                    _once++;
                    break;
                default:
                    _twice++;
                    break;
            }

            _answers.Add(latency.TotalMilliseconds);
        }
    }

    public string Row()
    {
        lock (_gate)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"| {Name} | {_once + _lost + _twice} | {_once} | {_lost} | {_twice} | {_missed} of {_acks.Count} | "
                + $"{Percentile(_answers, 50):0} / {Percentile(_answers, 99):0} ms | {Percentile(_acks, 99):0} / {Percentile(_acks, 100):0} ms |");
        }
    }

    private static double Percentile(List<double> values, double percent)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
