using DealBot.Chat.Conversations;
using DealBot.Chat.Pipeline;
using DealBot.Chat.Safety;
using DealBot.Core.Answers;
using DealBot.Core.Catalog;
using DealBot.Core.Queries;
using DealBot.Language;

namespace DealBot.Chat.Tests.Pipeline;

/// <summary>One message's shared-state calls share one budget: stores that never answer cost the budget once, not once a call.</summary>
public class StateBudgetTest
{
    private static readonly DealCatalog Catalog = CatalogLoader.LoadDefault();

    [Fact]
    public async Task StoresThatNeverAnswer_CostTheBudgetOnce_AndTheQuestionIsAnswered()
    {
        var budget = new StateBudget(TimeSpan.FromMilliseconds(200), TimeProvider.System);
        var stalled = new StalledStores();
        var clock = new FixedClock();
        var handler = new MessageHandler(new ChatEngine(new QuestionParser(Catalog), new Answerer(Catalog, clock), stalled), stalled, stalled, budget);

        var reply = await handler.HandleAsync(new IncomingMessage("test", "c", "u", "xai per year", "1", FromBot: false, Addressed: true));

        // Not timed (a busy machine stretches any wait): the first call waits out the budget, and every later call of
        // the same message starts with it already spent, so the message costs the budget once.
        Assert.Equal(ChatReplyKind.Answer, reply.Kind);
        Assert.Equal(4, stalled.Calls);
        Assert.Equal([false, true, true, true], stalled.SpentOnArrival);
    }

    [Fact]
    public async Task ABudgetStartedByThePlatform_IsTheOneTheStoresGet()
    {
        var stalled = new StalledStores();
        var clock = new FixedClock();
        var handler = new MessageHandler(new ChatEngine(new QuestionParser(Catalog), new Answerer(Catalog, clock), stalled), stalled, stalled);
        using var spent = handler.StartStateBudget();
        await spent.CancelAsync();

        var reply = await handler.HandleAsync(new IncomingMessage("test", "c", "u", "xai per year", "1", FromBot: false, Addressed: true), spent.Token);

        Assert.Equal(ChatReplyKind.Answer, reply.Kind);
        Assert.All(stalled.SpentOnArrival, Assert.True);
    }

    /// <summary>A shared store whose server never answers: each call waits for its budget, then answers as it would alone.</summary>
    private sealed class StalledStores : IDeliveryDeduplicator, IUserRateLimiter, IConversationStore
    {
        private int _calls;

        public int Calls => _calls;

        public ValueTask<bool> TryBeginAsync(string deliveryId, CancellationToken cancellationToken = default) => WaitAsync(true, cancellationToken);

        public ValueTask<bool> TryAcquireAsync(string user, CancellationToken cancellationToken = default) => WaitAsync(true, cancellationToken);

        public ValueTask<bool> ShouldWarnAsync(string user, CancellationToken cancellationToken = default) => WaitAsync(false, cancellationToken);

        public ValueTask<TimeSpan> RetryAfterAsync(string user, CancellationToken cancellationToken = default) => WaitAsync(TimeSpan.Zero, cancellationToken);

        public ValueTask<DealQuery?> GetLastAsync(ConversationKey key, CancellationToken cancellationToken = default) => WaitAsync<DealQuery?>(null, cancellationToken);

        public async ValueTask SetLastAsync(ConversationKey key, DealQuery query, CancellationToken cancellationToken = default) =>
            await WaitAsync(0, cancellationToken);

        /// <summary>For each call in order: whether its budget was already spent when it arrived.</summary>
        public List<bool> SpentOnArrival { get; } = [];

        private async ValueTask<T> WaitAsync<T>(T alone, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            lock (SpentOnArrival)
            {
                SpentOnArrival.Add(cancellationToken.IsCancellationRequested);
            }

            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
            }

            return alone;
        }
    }
}
