using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace DealBot.Slack.Work;

/// <summary>
/// Work that must not hold up an acknowledgement (answering events, finishing slow slash commands). Bounded, so a flood
/// is refused at the door (HTTP 503, which Slack retries) instead of growing memory; drained by <see cref="SlackWorkerService"/>.
/// </summary>
internal sealed class SlackWorkQueue(IOptions<SlackOptions> options, TimeProvider clock)
{
    private readonly Channel<WorkItem> _channel = Channel.CreateBounded<WorkItem>(
        new BoundedChannelOptions(options.Value.QueueCapacity) { FullMode = BoundedChannelFullMode.Wait });

    internal ChannelReader<WorkItem> Reader => _channel.Reader;

    /// <summary>False when the queue is full or shutting down.</summary>
    public bool TryEnqueue(string kind, string id, Func<CancellationToken, Task> run) => _channel.Writer.TryWrite(new WorkItem(kind, id, run));

    /// <summary>
    /// Waits up to <paramref name="patience"/> for room (zero: not at all). Socket Mode waits: its ack may be a moment
    /// late (Slack allows 3 s), which slows the sender down, whereas an event acked but not queued is lost for good.
    /// </summary>
    public async ValueTask<bool> EnqueueAsync(
        string kind, string id, Func<CancellationToken, Task> run, TimeSpan patience, CancellationToken cancellationToken)
    {
        if (TryEnqueue(kind, id, run))
        {
            return true;
        }

        if (patience <= TimeSpan.Zero)
        {
            return false;
        }

        using var timeout = new CancellationTokenSource(patience, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        try
        {
            await _channel.Writer.WriteAsync(new WorkItem(kind, id, run), linked.Token);
            return true;
        }
        catch (Exception e) when (e is OperationCanceledException or ChannelClosedException)
        {
            return false;
        }
    }

    /// <summary>No more work is accepted; what is queued still runs.</summary>
    internal void Complete() => _channel.Writer.TryComplete();

    internal readonly record struct WorkItem(string Kind, string Id, Func<CancellationToken, Task> Run);
}
