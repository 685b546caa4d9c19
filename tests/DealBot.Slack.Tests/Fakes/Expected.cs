using DealBot.Chat;
using DealBot.Chat.Conversations;
using DealBot.Chat.Rendering;
using DealBot.Core.Answers;
using DealBot.Language;
using DealBot.Slack.Formatting;
using Microsoft.Extensions.Time.Testing;

namespace DealBot.Slack.Tests.Fakes;

/// <summary>What the real core answers, so tests compare the bot's Slack output with the shared pipeline's answer.</summary>
public static class Expected
{
    public static Answer Answer(string question) =>
        new ChatEngine(
                new QuestionParser(ChatPipeline.Catalog),
                new Answerer(ChatPipeline.Catalog, new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero))),
                new InMemoryConversationStore(TimeProvider.System, TimeSpan.FromHours(1)))
            .AskOnce(question);

    /// <summary>The header block's text for this question's answer (escaped as the bot sends it).</summary>
    public static string Header(string question) => Mrkdwn.Escape(SideBySide.Headline(Answer(question)));
}
