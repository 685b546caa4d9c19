using DealBot.Chat.Safety;

namespace DealBot.Chat.Tests.Safety;

public class MentionSanitizerTest
{
    [Theory]
    [InlineData("@everyone look")]
    [InlineData("hi @HERE")]
    [InlineData("<@123456789>")]
    [InlineData("<@&987>")]
    [InlineData("<!channel> <!here> <!everyone>")]
    [InlineData("<#C123>")]
    public void Neutralize_LeavesNoPingableMention(string text)
    {
        var safe = MentionSanitizer.Neutralize(text);

        Assert.DoesNotContain("@everyone", safe, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@here", safe, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<@", safe);
        Assert.DoesNotContain("<!", safe);
        Assert.DoesNotContain("<#", safe);
    }

    [Fact]
    public void Neutralize_BreaksOnlyTheMention_KeepsTheRest() =>
        Assert.Equal("see <https://x.org> and @\u200Beveryone <\u200B@1> end", MentionSanitizer.Neutralize("see <https://x.org> and @everyone <@1> end"));

    [Fact]
    public void Neutralize_PlainText_IsUnchanged() => Assert.Equal("$1.25B/month", MentionSanitizer.Neutralize("$1.25B/month"));
}
