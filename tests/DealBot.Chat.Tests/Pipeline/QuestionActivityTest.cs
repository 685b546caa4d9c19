using System.Diagnostics;
using DealBot.Chat.Pipeline;

namespace DealBot.Chat.Tests.Pipeline;

public class QuestionActivityTest
{
    [Fact]
    public void Start_TagsTheCurrentActivity_WithPlatformAndDeliveryId_UntilDisposed()
    {
        var message = new IncomingMessage("slack", "T1:C1", "T1:U1", "xai per year", "Ev42", FromBot: false, Addressed: true);

        using (QuestionActivity.Start(message))
        {
            Assert.Equal("slack:Ev42", Activity.Current?.GetTagItem(QuestionActivity.CorrelationTag));
        }

        Assert.NotEqual(QuestionActivity.Name, Activity.Current?.OperationName);
    }
}
