using System.Globalization;

namespace DealBot.Discord.Tests.Fakes;

/// <summary>A gateway session: its dispatches in sequence order (kept for replay) and the socket it is attached to.</summary>
internal sealed class FakeSession(string id, int shard, Signal changed)
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly List<(long Sequence, string Type, string Json)> _events = [];
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
    /// then dispatches <paramref name="type"/> (READY or RESUMED), all before any new dispatch can interleave.
    /// </summary>
    public async Task AttachAsync(FakeSocket socket, long? afterSequence, string type, string data)
    {
        await _lock.WaitAsync();
        try
        {
            Socket = socket;
            if (afterSequence is { } after)
            {
                foreach (var missed in _events.Where(e => e.Sequence > after && e.Type != "READY").ToArray())
                {
                    await socket.TrySendAsync(missed.Json);
                }
            }

            await socket.TrySendAsync(Append(type, data).Json);
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
        _events.Add((sequence, type, json));
        return (sequence, json);
    }
}
