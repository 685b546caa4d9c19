using System.Threading.Channels;
using DealBot.Discord.Gateway;
using DealBot.Discord.Json;
using Microsoft.Extensions.Logging;

namespace DealBot.Discord.Processing;

/// <summary>
/// Takes events off the receive loop so it never waits on answering. Messages go to one of N single-reader queues
/// chosen by conversation (channel and author), so a conversation is answered in order (a follow-up sees its
/// question's context) while conversations run in parallel. Interactions share a pool of workers: each is independent and has a 3-second deadline.
/// When a queue is full the receive loop waits (back-pressure) rather than drop a question.
/// </summary>
internal sealed partial class GatewayEventQueue : IGatewayEventSink
{
    private readonly Channel<JsonMessage>[] _messages;
    private readonly Channel<(JsonInteraction Interaction, DateTimeOffset ReceivedAt)> _interactions;
    private readonly MessageResponder _messageResponder;
    private readonly Interactions.InteractionResponder _interactionResponder;
    private readonly DiscordBotConfiguration _configuration;
    private readonly ILogger<GatewayEventQueue> _logger;
    private readonly CancellationTokenSource _abort = new();
    private readonly List<Task> _workers = [];
    private int _warnedFull;

    public GatewayEventQueue(
        MessageResponder messageResponder,
        Interactions.InteractionResponder interactionResponder,
        DiscordBotConfiguration configuration,
        ILogger<GatewayEventQueue> logger)
    {
        _messageResponder = messageResponder;
        _interactionResponder = interactionResponder;
        _configuration = configuration;
        _logger = logger;
        var options = new BoundedChannelOptions(configuration.QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait };
        _messages = Enumerable.Range(0, Math.Max(1, configuration.MessagePartitions)).Select(_ => Channel.CreateBounded<JsonMessage>(options)).ToArray();
        _interactions = Channel.CreateBounded<(JsonInteraction, DateTimeOffset)>(
            new BoundedChannelOptions(configuration.QueueCapacity) { FullMode = BoundedChannelFullMode.Wait });
    }

    public void Start()
    {
        foreach (var queue in _messages)
        {
            _workers.Add(Task.Run(() => RunMessagesAsync(queue.Reader)));
        }

        for (var i = 0; i < Math.Max(1, _configuration.InteractionWorkers); i++)
        {
            _workers.Add(Task.Run(RunInteractionsAsync));
        }
    }

    public ValueTask OnMessageCreatedAsync(JsonMessage message, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        // A conversation is one user in one channel (as the chat layer keeps context): its messages share a queue and
        // are answered in order, while other users, even in the same channel, need not wait behind them.
        var conversation = HashCode.Combine(StringComparer.Ordinal.GetHashCode(message.ChannelId), StringComparer.Ordinal.GetHashCode(message.Author.Id));
        var queue = _messages[(uint)conversation % (uint)_messages.Length];
        return queue.Writer.TryWrite(message) ? ValueTask.CompletedTask : WaitToWriteAsync(queue.Writer, message, cancellationToken);
    }

    public ValueTask OnInteractionCreatedAsync(JsonInteraction interaction, DateTimeOffset receivedAt, CancellationToken cancellationToken) =>
        _interactions.Writer.TryWrite((interaction, receivedAt))
            ? ValueTask.CompletedTask
            : WaitToWriteAsync(_interactions.Writer, (interaction, receivedAt), cancellationToken);

    /// <summary>Stops taking events and lets the workers finish what is queued, for at most <paramref name="drain"/>.</summary>
    public async Task StopAsync(TimeSpan drain)
    {
        foreach (var queue in _messages)
        {
            queue.Writer.TryComplete();
        }

        _interactions.Writer.TryComplete();
        try
        {
            await Task.WhenAll(_workers).WaitAsync(drain).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            await _abort.CancelAsync().ConfigureAwait(false);
        }
    }

    private ValueTask WaitToWriteAsync<T>(ChannelWriter<T> writer, T item, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _warnedFull, 1) == 0)
        {
            LogQueueFull(_configuration.QueueCapacity);
        }

        return writer.WriteAsync(item, cancellationToken);
    }

    private async Task RunMessagesAsync(ChannelReader<JsonMessage> reader)
    {
        await foreach (var message in reader.ReadAllAsync().ConfigureAwait(false))
        {
            try
            {
                await _messageResponder.RespondAsync(message, _abort.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (!_abort.IsCancellationRequested)
            {
                LogWorkerFailed(e, message.Id);
            }
        }
    }

    private async Task RunInteractionsAsync()
    {
        await foreach (var (interaction, receivedAt) in _interactions.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            try
            {
                await _interactionResponder.RespondOverGatewayAsync(interaction, receivedAt, _abort.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (!_abort.IsCancellationRequested)
            {
                LogWorkerFailed(e, interaction.Id);
            }
        }
    }

    [LoggerMessage(LogLevel.Warning, "Discord: an event queue is full ({Capacity}); the gateway waits until answers catch up")]
    private partial void LogQueueFull(int capacity);

    [LoggerMessage(LogLevel.Error, "Discord: handling event {EventId} failed")]
    private partial void LogWorkerFailed(Exception exception, string eventId);
}
