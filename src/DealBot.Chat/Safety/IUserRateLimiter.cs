namespace DealBot.Chat.Safety;

/// <summary>
/// Limits how often one user may ask; shared between replicas when backed by a shared store. Asynchronous, so a store
/// that waits on I/O holds no thread.
/// </summary>
public interface IUserRateLimiter
{
    ValueTask<bool> TryAcquireAsync(string user, CancellationToken cancellationToken = default);

    /// <summary>True once per refusal streak, so the "slow down" reply is itself not a flood.</summary>
    ValueTask<bool> ShouldWarnAsync(string user, CancellationToken cancellationToken = default);

    /// <summary>When the user may ask again.</summary>
    ValueTask<TimeSpan> RetryAfterAsync(string user, CancellationToken cancellationToken = default);
}
