using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace DealBot.Slack.Work;

/// <summary>
/// Work that must not hold up an acknowledgement (answering events, finishing slow slash commands). Bounded, so a flood
/// is refused at the door (HTTP 503, which Slack retries) instead of growing memory; drained by <see cref="SlackWorkerService"/>.
/// </summary>
internal sealed class SlackWorkQueue(IOptions<SlackOptions> options)
{
    private readonly Channel<WorkItem> _channel = Channel.CreateBounded<WorkItem>(
        new BoundedChannelOptions(options.Value.QueueCapacity) { FullMode = BoundedChannelFullMode.Wait });

    internal ChannelReader<WorkItem> Reader => _channel.Reader;

    /// <summary>False when the queue is full or shutting down.</summary>
    public bool TryEnqueue(string kind, string id, Func<CancellationToken, Task> run) => _channel.Writer.TryWrite(new WorkItem(kind, id, run));

    /// <summary>No more work is accepted; what is queued still runs.</summary>
    internal void Complete() => _channel.Writer.TryComplete();

    internal readonly record struct WorkItem(string Kind, string Id, Func<CancellationToken, Task> Run);
}
