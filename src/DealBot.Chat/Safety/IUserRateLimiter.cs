namespace DealBot.Chat.Safety;

/// <summary>Limits how often one user may ask; shared between replicas when backed by a shared store.</summary>
public interface IUserRateLimiter
{
    bool TryAcquire(string user);

    /// <summary>True once per refusal streak, so the "slow down" reply is itself not a flood.</summary>
    bool ShouldWarn(string user);

    /// <summary>When the user may ask again.</summary>
    TimeSpan RetryAfter(string user);
}
