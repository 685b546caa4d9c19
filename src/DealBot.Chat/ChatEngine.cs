using DealBot.Chat.Charts;
using DealBot.Chat.Conversations;
using DealBot.Core.Answers;
using DealBot.Core.Queries;
using DealBot.Language;

namespace DealBot.Chat;

/// <summary>
/// The platform-neutral pipeline from a chat message to an answer: parse with the conversation's context,
/// answer through the shared core, remember what was understood. Every platform adapter calls this.
/// </summary>
public sealed class ChatEngine(QuestionParser parser, Answerer answerer, IConversationStore conversations)
{
    /// <summary>
    /// Answers in the conversation's context; with a chart (<see cref="Answer.Chart"/>) when <paramref name="chart"/>
    /// is set or the question asks for one (<see cref="ChartRequest"/>). <paramref name="cancellationToken"/> bounds
    /// the conversation store's calls (a shared store answers with its fallback when it fires).
    /// </summary>
    public async ValueTask<Answer> AskAsync(ConversationKey conversation, string? text, bool chart = false, CancellationToken cancellationToken = default)
    {
        var previous = await conversations.GetLastAsync(conversation, cancellationToken).ConfigureAwait(false);
        var query = parser.Parse(text, previous);
        var answer = answerer.Answer(query, ChartRequest.IsAskedFor(text, chart));
        // What was understood is remembered even when the answer is a refusal ("oracle per GPU-hour" has no GPU count, and
        // "per year?" after it is still about Oracle), and so is a refused scenario, so that the next message does not
        // build on the context before either.
        if (query.Kind is not (QueryKind.Help or QueryKind.Unknown) || query.ScenarioRefused)
        {
            await conversations.SetLastAsync(conversation, query, cancellationToken).ConfigureAwait(false);
        }

        return answer;
    }

    /// <summary>One question with no conversation (the CLI's <c>ask</c>, batch mode).</summary>
    public Answer AskOnce(string? text, bool chart = false) => answerer.Answer(parser.Parse(text), ChartRequest.IsAskedFor(text, chart));
}
