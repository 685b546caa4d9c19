using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace DealBot.Redis;

/// <summary>
/// What a Redis-backed store does when Redis cannot be reached or is slow: the bot keeps answering, on its own. Every
/// Redis call of every store goes through here and gets at most <see cref="CallTimeout"/> (and no more than what is
/// left of the message's state budget, the caller's token), whatever the client library's own timeouts. A failed or
/// late call is answered by the store's fallback (its in-memory twin) and counted on the <c>DealBot.Redis</c> meter.
/// </summary>
/// <remarks>
/// A circuit breaker keeps an outage cheap: after <see cref="FailuresToOpen"/> failures in a row it opens and the
/// stores skip Redis altogether (no call, no wait); every <see cref="RetryInterval"/> one call is let through as a
/// probe (a store's call, or a PING of its own when no question comes in), and the first probe that succeeds closes it
/// again, so sharing resumes within about that interval of Redis coming back. A write Redis did not take is kept
/// (<see cref="DeferWrite"/>: the latest per key, at most <see cref="MaxDeferredWrites"/>) and sent once Redis answers
/// again, so context, dedupe and installs made during an outage reach the other replicas afterwards. One warning is
/// logged when the breaker opens and one information line when it closes, saying how long the outage lasted, what was
/// answered without Redis meanwhile and how many writes are being sent now (and how many could not be kept): never a
/// line per call. <see cref="State"/> is exported as the <c>dealbot.redis.breaker.state</c> gauge (0 closed, 1 open,
/// 2 probing) and read by the health check.
/// </remarks>
public sealed partial class RedisFallback : IDisposable
{
    public const string MeterName = "DealBot.Redis";
    public const int FailuresToOpen = 2;
    public const int MaxDeferredWrites = 10_000;
    public static readonly TimeSpan DefaultRetryInterval = TimeSpan.FromSeconds(1);

    private readonly ILogger<RedisFallback> _logger;
    private readonly TimeProvider _clock;
    private readonly Meter _meter;
    private readonly Counter<long> _fallbacks;
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<string, long> _answeredAlone = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Func<Task>> _deferred = new(StringComparer.Ordinal);
    private readonly Func<Task>? _ping;
    private long _notKept;
    private int _replaying;
    private BreakerState _state;
    private int _failures;
    private long _openedAt;
    private long _probeAt;
    private ITimer? _prober;

    /// <param name="ping">A call that succeeds when Redis answers (a PING); while the breaker is open it is sent every
    /// <paramref name="retryInterval"/>, so Redis is found back even when no question comes in. Null: only calls probe.</param>
    public RedisFallback(
        ILogger<RedisFallback> logger,
        TimeProvider clock,
        TimeSpan? callTimeout = null,
        TimeSpan? retryInterval = null,
        IMeterFactory? meters = null,
        Func<Task>? ping = null)
    {
        _ping = ping;
        _logger = logger;
        _clock = clock;
        CallTimeout = callTimeout ?? Chat.Pipeline.StateBudget.DefaultPerMessage;
        RetryInterval = retryInterval ?? DefaultRetryInterval;
        _meter = meters?.Create(MeterName) ?? new Meter(MeterName);
        _fallbacks = _meter.CreateCounter<long>(
            "dealbot.redis.fallbacks", unit: "{operation}", description: "Shared-state operations answered by the fallback because Redis failed, was slow or was skipped (breaker open)");
        _meter.CreateObservableGauge(
            "dealbot.redis.breaker.state", () => (int)State, unit: "{state}", description: "Redis circuit breaker: 0 closed (sharing), 1 open (answering alone), 2 probing");
    }

    public enum BreakerState
    {
        /// <summary>Redis answers; state is shared.</summary>
        Closed,

        /// <summary>Redis failed: every store answers alone, without calling it.</summary>
        Open,

        /// <summary>Open, with one call let through to see whether Redis is back.</summary>
        Probing,
    }

    /// <summary>The clock the breaker and the stores' in-memory fallbacks run on.</summary>
    public TimeProvider Clock => _clock;

    /// <summary>The most one Redis call may take, however much of the message's budget is left.</summary>
    public TimeSpan CallTimeout { get; }

    /// <summary>How often an open breaker lets one call through to see whether Redis is back.</summary>
    public TimeSpan RetryInterval { get; }

    public BreakerState State
    {
        get
        {
            lock (_gate)
            {
                return _state;
            }
        }
    }

    /// <summary>When the current outage began (the breaker opened); null while Redis answers.</summary>
    public DateTimeOffset? OutageSince
    {
        get
        {
            lock (_gate)
            {
                return _state == BreakerState.Closed ? null : _clock.GetUtcNow() - _clock.GetElapsedTime(_openedAt);
            }
        }
    }

    /// <summary>Writes kept to send once Redis answers again.</summary>
    public int DeferredWrites => _deferred.Count;

    /// <summary>
    /// Keeps a write Redis did not take and sends it once Redis answers again. <paramref name="key"/> is the Redis key
    /// it writes: a later write of the same key replaces it. Beyond <see cref="MaxDeferredWrites"/> a write is not kept;
    /// it is counted and named in the line that ends the outage.
    /// </summary>
    public void DeferWrite(string key, Func<Task> write)
    {
        if (_deferred.Count >= MaxDeferredWrites && !_deferred.ContainsKey(key))
        {
            Interlocked.Increment(ref _notKept);
            return;
        }

        _deferred[key] = write;
        lock (_gate)
        {
            StartTicking();
        }
    }

    /// <summary>True while a write of <paramref name="key"/> waits to be sent: it is newer than what Redis holds.</summary>
    public bool IsDeferred(string key) => _deferred.ContainsKey(key);

    /// <summary>
    /// Runs <paramref name="operation"/> unless the breaker is open. When Redis fails, has not answered within
    /// <see cref="CallTimeout"/> or before <paramref name="cancellationToken"/> fires (the message's state budget),
    /// or is skipped, counts it and returns <paramref name="fallback"/>'s answer instead. A call that ran out of the
    /// message's budget before it had waited half a <see cref="CallTimeout"/> says little about Redis (the calls before
    /// it took the time): it is answered alone but does not count towards opening the breaker.
    /// </summary>
    public async ValueTask<T> RunAsync<T>(string name, Func<Task<T>> operation, Func<T> fallback, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested || !TryEnter(out var probe))
        {
            return AnswerAlone(name, fallback);
        }

        var started = _clock.GetTimestamp();
        try
        {
            var result = await operation().WaitAsync(CallTimeout, _clock, cancellationToken).ConfigureAwait(false);
            Succeeded(probe);
            return result;
        }
        catch (OperationCanceledException) when (!probe && _clock.GetElapsedTime(started) < CallTimeout / 2)
        {
            return AnswerAlone(name, fallback);
        }
        catch (Exception e) when (e is RedisException or TimeoutException or OperationCanceledException)
        {
            Failed(probe, name, e);
            return AnswerAlone(name, fallback);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _prober?.Dispose();
            _prober = null;
        }

        _meter.Dispose();
    }

    /// <summary>Under the lock: ticks every half <see cref="RetryInterval"/> while the breaker is open or writes are kept.</summary>
    private void StartTicking() => _prober ??= _clock.CreateTimer(_ => Tick(), null, RetryInterval / 2, RetryInterval / 2);

    /// <summary>
    /// While the breaker is open, a PING of its own when a probe is due, so no question has to be the probe; once it is
    /// closed, the kept writes (also those kept after a failure that did not open it); then the ticks stop.
    /// </summary>
    private void Tick()
    {
        lock (_gate)
        {
            if (_state == BreakerState.Closed && _deferred.IsEmpty)
            {
                _prober?.Dispose();
                _prober = null;
                return;
            }
        }

        if (State == BreakerState.Closed)
        {
            _ = SendDeferredAsync();
        }
        else
        {
            ProbeWhenDue();
        }
    }

    private async void ProbeWhenDue()
    {
        if (_ping is not { } ping || !TryEnterDueProbe())
        {
            return;
        }

        try
        {
            await ping().WaitAsync(CallTimeout, _clock).ConfigureAwait(false);
            Succeeded(probe: true);
        }
        // A connection disposed at shutdown is a failed probe too: this method is async void, so anything it lets escape
        // would end the process.
        catch (Exception e) when (e is RedisException or TimeoutException or OperationCanceledException or ObjectDisposedException)
        {
            Failed(probe: true, "ping", e);
        }
    }

    private bool TryEnterDueProbe()
    {
        lock (_gate)
        {
            return ProbeIsDue();
        }
    }

    private T AnswerAlone<T>(string name, Func<T> fallback)
    {
        _fallbacks.Add(1, new KeyValuePair<string, object?>("operation", name));
        _answeredAlone.AddOrUpdate(name, 1, static (_, n) => n + 1);
        return fallback();
    }

    private bool TryEnter(out bool probe)
    {
        lock (_gate)
        {
            probe = ProbeIsDue();
            return probe || _state == BreakerState.Closed;
        }
    }

    /// <summary>Under the lock: when the breaker is open and a probe is due, makes the caller the probe.</summary>
    private bool ProbeIsDue()
    {
        if (_state != BreakerState.Open || _clock.GetTimestamp() < _probeAt)
        {
            return false;
        }

        _state = BreakerState.Probing;
        return true;
    }

    private void Succeeded(bool probe)
    {
        TimeSpan outage;
        lock (_gate)
        {
            if (!probe)
            {
                // A call let through before the breaker opened proves little: only the probe closes it.
                if (_state == BreakerState.Closed)
                {
                    _failures = 0;
                }

                return;
            }

            _state = BreakerState.Closed;
            _failures = 0;
            outage = _clock.GetElapsedTime(_openedAt);
        }

        LogBack(outage.TotalSeconds, Summary(), _deferred.Count, Interlocked.Exchange(ref _notKept, 0));
        _ = Task.Run(SendDeferredAsync);
    }

    /// <summary>Sends the kept writes while Redis takes them, one at a time, so as not to flood it as it comes back.</summary>
    private async Task SendDeferredAsync()
    {
        if (Interlocked.Exchange(ref _replaying, 1) == 1)
        {
            return;
        }

        try
        {
            foreach (var (key, write) in _deferred.ToArray())
            {
                if (State != BreakerState.Closed)
                {
                    return;
                }

                try
                {
                    await write().WaitAsync(CallTimeout, _clock).ConfigureAwait(false);

                    // Unless a newer write of the key came in meanwhile.
                    _deferred.TryRemove(new KeyValuePair<string, Func<Task>>(key, write));
                }
                catch (Exception e) when (e is RedisException or TimeoutException)
                {
                    Failed(probe: false, "deferred write", e);
                    return;
                }
                catch (Exception e)
                {
                    // Not Redis failing but the write itself: sending it again would fail again.
                    _deferred.TryRemove(new KeyValuePair<string, Func<Task>>(key, write));
                    LogDeferredWriteDropped(e, key);
                }
            }
        }
        finally
        {
            Volatile.Write(ref _replaying, 0);
        }
    }

    private void Failed(bool probe, string name, Exception e)
    {
        lock (_gate)
        {
            var now = _clock.GetTimestamp();
            if (probe)
            {
                _state = BreakerState.Open;
                _probeAt = now + Ticks(RetryInterval);
                return;
            }

            if (_state != BreakerState.Closed || ++_failures < FailuresToOpen)
            {
                return;
            }

            _state = BreakerState.Open;
            _openedAt = now;
            _probeAt = now + Ticks(RetryInterval);
            _answeredAlone.Clear();
            StartTicking();
        }

        LogOutage(name, e is OperationCanceledException ? "budget spent" : e.GetType().Name, FirstSentence(e.Message), RetryInterval.TotalSeconds);
    }

    /// <summary>"conversation.set 12, delivery.begin 40": what was answered alone since the breaker opened.</summary>
    private string Summary()
    {
        var counts = _answeredAlone.ToArray();
        _answeredAlone.Clear();
        return counts.Length == 0 ? "nothing" : string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}"));
    }

    /// <summary>The client's messages append a page of connection diagnostics after the reason.</summary>
    private static string FirstSentence(string message) => message.IndexOf("; ", StringComparison.Ordinal) is > 0 and var end ? message[..end] : message;

    private long Ticks(TimeSpan span) => (long)(span.TotalSeconds * _clock.TimestampFrequency);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Redis unavailable ({Operation}: {ErrorType}: {ErrorMessage}); answering without shared state until it is back, checking every {RetrySeconds} s")]
    private partial void LogOutage(string operation, string errorType, string errorMessage, double retrySeconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "A write kept during a Redis outage failed when sent and is dropped: {Key}")]
    private partial void LogDeferredWriteDropped(Exception exception, string key);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Redis is back after {OutageSeconds:0.0} s; sharing state again. Answered without it meanwhile: {AnsweredAlone}; "
            + "{DeferredWrites} writes made meanwhile are being sent to Redis now, {NotKept} could not be kept (context or dedupe of this replica only)")]
    private partial void LogBack(double outageSeconds, string answeredAlone, int deferredWrites, long notKept);
}
