namespace DealBot.Discord.Tests.Fakes;

/// <summary>How the fake behaves: what /gateway/bot recommends and the REST limits it enforces.</summary>
public sealed partial class FakeDiscord
{
    public int RecommendedShards { get; set; } = 1;

    public int MaxConcurrency { get; set; } = 1;

    /// <summary>Session starts (IDENTIFYs) allowed per <see cref="SessionStartWindow"/> (Discord: 1000 a day).</summary>
    public int SessionStartTotal { get; set; } = 1000;

    public TimeSpan SessionStartWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Discord's global limit: requests per second, counted in fixed one-second windows.</summary>
    public int GlobalLimitPerSecond { get; set; } = 50;

    /// <summary>Message creates per channel per <see cref="MessageBucketWindow"/> (Discord: 5 per 5 s).</summary>
    public int MessageBucketLimit { get; set; } = 5;

    public TimeSpan MessageBucketWindow { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long after a gateway interaction its first response (the callback) is accepted (Discord: 3 s).</summary>
    public TimeSpan InteractionResponseDeadline { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long an interaction's webhook routes (edits, deletes, follow-ups) take its token (Discord: 15 minutes).</summary>
    public TimeSpan InteractionTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);
}
