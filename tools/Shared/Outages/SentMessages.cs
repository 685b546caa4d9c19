using System.Collections.Concurrent;
using System.Diagnostics;

namespace DealBot.Load.Outages;

/// <summary>
/// The messages of an outage run waiting for their answers, each by what its answers are found by (its own channel, or
/// the message replied to), with its phase's tally and when it was sent.
/// </summary>
internal sealed class SentMessages
{
    /// <summary>How long no new answer may come before the ones still missing count as lost.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, (PhaseTally Tally, long SentAt)> _sent = new(StringComparer.Ordinal);

    public void Add(string id, PhaseTally tally) => _sent[id] = (tally, Stopwatch.GetTimestamp());

    /// <summary>
    /// Waits until every message is answered or no answer has come for <see cref="Quiet"/>, then tallies each once.
    /// <paramref name="answers"/>: how often a message was answered and when (a <see cref="Stopwatch"/> timestamp) first.
    /// </summary>
    public async Task TallyAsync(Func<string, (int Count, long FirstAt)> answers)
    {
        var quiet = Stopwatch.StartNew();
        var answered = 0;
        while (quiet.Elapsed < Quiet)
        {
            var now = _sent.Keys.Count(id => answers(id).Count > 0);
            if (now == _sent.Count)
            {
                break;
            }

            if (now != answered)
            {
                (answered, quiet) = (now, Stopwatch.StartNew());
            }

            await Task.Delay(50);
        }

        foreach (var (id, (tally, sentAt)) in _sent)
        {
            _sent.TryRemove(id, out _);
            var (count, firstAt) = answers(id);
            tally.Answered(count, count == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(sentAt, firstAt));
        }
    }
}
