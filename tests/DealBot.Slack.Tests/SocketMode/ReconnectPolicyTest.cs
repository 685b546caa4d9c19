using DealBot.Slack.SocketMode;

namespace DealBot.Slack.Tests.SocketMode;

/// <summary>Backoff between failed Socket Mode connections (random is the jitter draw in [0, 1)).</summary>
public sealed class ReconnectPolicyTest
{
    [Fact]
    public void Delay_FirstRetry_Immediate()
    {
        Assert.Equal(TimeSpan.Zero, ReconnectPolicy.Delay(0, 0.7));
    }

    [Theory]
    [InlineData(1, 0.5, 1)]
    [InlineData(2, 1, 2)]
    [InlineData(4, 4, 8)]
    [InlineData(7, 30, 60)]
    [InlineData(50, 30, 60)]
    public void Delay_DoublesToAMinute_WithJitterUpToHalf(int failures, double minSeconds, double maxSeconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(maxSeconds), ReconnectPolicy.Delay(failures, random: 0));
        Assert.Equal(TimeSpan.FromSeconds(minSeconds), ReconnectPolicy.Delay(failures, random: 1));
    }

    [Theory]
    [InlineData(0, 30, 30)]
    [InlineData(3, 30, 30)]
    [InlineData(7, 5, 60)]
    public void Delay_RetryAfter_IsTheFloor(int failures, double retryAfterSeconds, double expectedSeconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), ReconnectPolicy.Delay(failures, random: 0, TimeSpan.FromSeconds(retryAfterSeconds)));
    }
}
