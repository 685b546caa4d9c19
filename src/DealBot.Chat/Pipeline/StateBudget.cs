namespace DealBot.Chat.Pipeline;

/// <summary>
/// How long one message may spend on shared state (dedupe, rate limit, conversation context), all its calls together.
/// <see cref="MessageHandler"/> starts one per message and hands its token to every state call; a shared store that has
/// not answered when it fires answers with its fallback instead (answering alone beats answering late). In-memory
/// stores complete at once and never see it fire.
/// </summary>
public sealed class StateBudget
{
    public static readonly TimeSpan DefaultPerMessage = TimeSpan.FromMilliseconds(250);

    private readonly TimeProvider _clock;

    public StateBudget(TimeSpan perMessage, TimeProvider clock)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(perMessage, TimeSpan.Zero);
        PerMessage = perMessage;
        _clock = clock;
    }

    public static StateBudget Default { get; } = new(DefaultPerMessage, TimeProvider.System);

    public TimeSpan PerMessage { get; }

    /// <summary>A new budget for one message: its token is cancelled once <see cref="PerMessage"/> has passed.</summary>
    public CancellationTokenSource Start() => new(PerMessage, _clock);
}
