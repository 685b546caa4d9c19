using System.Globalization;

namespace DealBot.Discord.Tests.Fakes;

/// <summary>
/// A gateway session: its latest dispatches in sequence order (kept for replay, as Discord keeps a bounded buffer) and
/// the socket it is attached to.
/// </summary>
internal sealed class FakeSession(string id, int shard, Signal changed)
{
    /// <summary>Dispatches kept for a resume; a resume that missed more is refused, as Discord refuses it.</summary>
    public const int ReplayLimit = 4096;

    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly Queue<(long Sequence, string Type, string Json)> _events = new();
    private long _sequence;

    public string Id => id;

    public int Shard => shard;

    public long Sequence => Interlocked.Read(ref _sequence);

    public FakeSocket? Socket { get; private set; }

    /// <summary>Appends a dispatch and sends it if a socket is attached; otherwise it waits for a resume.</summary>
    public async Task<long> DispatchAsync(string type, string data)
    {
        await _lock.WaitAsync();
        try
        {
            var (sequence, json) = Append(type, data);
            if (Socket is { } socket)
            {
                await socket.TrySendAsync(json);
            }

            return sequence;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>
    /// Attaches <paramref name="socket"/>, replays what came after <paramref name="afterSequence"/> (null: nothing),
    /// then dispatches <paramref name="type"/> (READY or RESUMED), all before any new dispatch can interleave. False,
    /// attaching nothing, when dispatches the socket missed are no longer kept.
    /// </summary>
    public async Task<bool> AttachAsync(FakeSocket socket, long? afterSequence, string type, string data)
    {
        await _lock.WaitAsync();
        try
        {
            if (afterSequence is { } missedFrom && _events.TryPeek(out var oldest) && oldest.Sequence > missedFrom + 1)
            {
                return false;
            }

            Socket = socket;
            if (afterSequence is { } after)
            {
                foreach (var missed in _events.Where(e => e.Sequence > after && e.Type != "READY").ToArray())
                {
                    await socket.TrySendAsync(missed.Json);
                }
            }

            await socket.TrySendAsync(Append(type, data).Json);
            return true;
        }
        finally
        {
            _lock.Release();
            changed.Pulse();
        }
    }

    public FakeSocket? Detach(FakeSocket? only = null)
    {
        var socket = Socket;
        if (socket is not null && (only is null || only == socket))
        {
            Socket = null;
            return socket;
        }

        return null;
    }

    private (long Sequence, string Json) Append(string type, string data)
    {
        var sequence = Interlocked.Increment(ref _sequence);
        var json = $$"""{"op":0,"s":{{sequence.ToString(CultureInfo.InvariantCulture)}},"t":"{{type}}","d":{{data}}}""";
        _events.Enqueue((sequence, type, json));
        if (_events.Count > ReplayLimit)
        {
            _events.Dequeue();
        }

        return (sequence, json);
    }
}
