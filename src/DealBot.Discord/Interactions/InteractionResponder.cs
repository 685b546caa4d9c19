using DealBot.Chat.Pipeline;
using DealBot.Core.Answers;
using DealBot.Core.Catalog;
using DealBot.Discord.Commands;
using DealBot.Discord.Json;
using DealBot.Discord.Processing;
using DealBot.Discord.Rendering;
using DealBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace DealBot.Discord.Interactions;

/// <summary>
/// Answers an interaction the same way whether it came over the gateway or the HTTP endpoint; only the first
/// response's transport differs (<see cref="InitialResponse"/>). Slash commands are answered directly when the
/// answer is ready within <see cref="DiscordBotConfiguration.InteractionDeferAfter"/> of receipt, else deferred
/// (type 5, "thinking…") and the answer edited in (a reply for the asker only then goes as an ephemeral follow-up, and
/// the public original is deleted).
/// A chart (the <c>chart</c> option, or the word in /ask) is drawn after the first response and edited into the
/// message as a multipart upload, so the text is never kept waiting for it.
/// Autocomplete returns at most 25 deals.
/// </summary>
internal sealed partial class InteractionResponder(
    IQuestionHandler questions,
    DealAutocomplete autocomplete,
    DealCatalog catalog,
    DiscordRestClient rest,
    DiscordBotConfiguration configuration,
    ChartDrawing charts,
    TimeProvider clock,
    ILogger<InteractionResponder> logger)
{
    public const int Ping = 1;
    public const int ApplicationCommand = 2;
    public const int Autocomplete = 4;
    public const string SlowDown = "You're asking quickly — give me a moment and ask again.";

    /// <summary>
    /// What the public original says, until it is deleted, when a deferred command's reply turned out to be for the asker
    /// only; it stays only if the delete fails.
    /// </summary>
    public const string AnsweredPrivately = "Answered privately.";

    /// <summary>
    /// Sends the first response: an HTTP callback (gateway) or the HTTP response body (endpoint). The task completes
    /// once the response is out (the callback succeeded, or the body was completed), so that no edit or follow-up can
    /// reach Discord before the message it changes exists.
    /// </summary>
    public delegate Task InitialResponse(JsonInteractionResponse response, CancellationToken cancellationToken);

    public Task RespondOverGatewayAsync(JsonInteraction interaction, DateTimeOffset receivedAt, CancellationToken cancellationToken) =>
        RespondAsync(interaction, receivedAt, (response, ct) => rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, response, ct), cancellationToken);

    public async Task RespondAsync(JsonInteraction interaction, DateTimeOffset receivedAt, InitialResponse initial, CancellationToken cancellationToken)
    {
        try
        {
            switch (interaction.Type)
            {
                case Ping:
                    await initial(new JsonInteractionResponse { Type = JsonInteractionResponse.Pong }, cancellationToken).ConfigureAwait(false);
                    break;
                case Autocomplete:
                    await initial(Choices(interaction), cancellationToken).ConfigureAwait(false);
                    break;
                case ApplicationCommand:
                    await AnswerCommandAsync(interaction, receivedAt, initial, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    await initial(Message(EmbedRenderer.Text("DealBot answers slash commands only."), ephemeral: true), cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
        catch (Exception e) when (e is DiscordRestException or HttpRequestException or IOException)
        {
            // 10062 "Unknown interaction" here means the 3-second window was missed; an IOException, that the
            // endpoint could not send its response body.
            LogResponseFailed(interaction.Id, interaction.Data?.Name, e.Message);
        }
    }

    private async Task AnswerCommandAsync(JsonInteraction interaction, DateTimeOffset receivedAt, InitialResponse initial, CancellationToken cancellationToken)
    {
        var question = CommandQuestion.From(interaction.Data ?? new JsonInteractionData(), catalog);
        var user = interaction.UserId ?? "unknown";
        var wantsChart = CommandQuestion.WantsChart(interaction.Data ?? new JsonInteractionData());
        var incoming = new IncomingMessage(MessageResponder.Platform, interaction.ChannelId ?? user, user, question, interaction.Id, FromBot: false, Addressed: true, wantsChart);
        var work = Task.Run(() => AnswerAsync(incoming), cancellationToken);

        var budget = configuration.InteractionDeferAfter - (clock.GetUtcNow() - receivedAt);
        if (budget > TimeSpan.Zero)
        {
            try
            {
                var ready = await work.WaitAsync(budget, clock, cancellationToken).ConfigureAwait(false);
                if (ready.Reply is { } reply)
                {
                    await initial(Message(reply, ready.Ephemeral), cancellationToken).ConfigureAwait(false);
                    if (ready.Charted is { } charted)
                    {
                        await AddChartAsync(interaction, charted, cancellationToken).ConfigureAwait(false);
                    }
                }

                return;
            }
            catch (TimeoutException)
            {
                // Too slow to answer directly: defer below.
            }
        }

        LogDeferred(interaction.Id, interaction.Data?.Name);
        await initial(new JsonInteractionResponse { Type = JsonInteractionResponse.DeferredChannelMessage }, cancellationToken).ConfigureAwait(false);
        var late = await work.ConfigureAwait(false);
        if (late.Reply is null || late.Ephemeral)
        {
            await SendPrivatelyAfterDeferralAsync(interaction, late.Reply ?? EmbedRenderer.Text(SlowDown), cancellationToken).ConfigureAwait(false);
            return;
        }

        var final = late.Reply;
        if (late.Charted is { } answer && charts.Draw(answer) is { } image)
        {
            final = EmbedRenderer.Render(answer, image);
        }

        await rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, final.ToEdit(), final.Files, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The deferral (public: whether a reply is private is known only once the chat pipeline has run) fixed the original
    /// message as public, and a message's ephemeral state cannot change. A follow-up sent while the original is still
    /// loading would only edit it, its ephemeral flag ignored (interactions/receiving-and-responding, Create Followup
    /// Message); so the original is settled with one neutral line, the reply goes as its own ephemeral follow-up, and
    /// then the original is deleted so no public placeholder stays in the channel. Not deleted first: a follow-up after
    /// the loading message is gone has drawn 10008 Unknown Message.
    /// </summary>
    private async Task SendPrivatelyAfterDeferralAsync(JsonInteraction interaction, DiscordReply reply, CancellationToken cancellationToken)
    {
        var settled = EmbedRenderer.Text(AnsweredPrivately);
        await rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, settled.ToEdit(), cancellationToken).ConfigureAwait(false);
        await rest.CreateFollowupMessageAsync(interaction.ApplicationId, interaction.Token, reply.ToFollowup(ephemeral: true), cancellationToken).ConfigureAwait(false);
        try
        {
            await rest.DeleteOriginalResponseAsync(interaction.ApplicationId, interaction.Token, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is DiscordRestException or HttpRequestException)
        {
            // The reply is out; only the neutral placeholder stays.
            LogPlaceholderNotDeleted(interaction.Id, interaction.Data?.Name, e.Message);
        }
    }

    /// <summary>Draws the answer's chart and edits it into the message already sent; the text stands if this fails.</summary>
    private async Task AddChartAsync(JsonInteraction interaction, Answer answer, CancellationToken cancellationToken)
    {
        if (charts.Draw(answer) is not { } image)
        {
            return;
        }

        // The first response is out by now (see InitialResponse), so the original exists; a 404 is final (Discord:
        // never retry a webhook that returned 404).
        var reply = EmbedRenderer.Render(answer, image);
        try
        {
            await rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, reply.ToEdit(), reply.Files, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is DiscordRestException or HttpRequestException)
        {
            LogChartNotAttached(interaction.Id, interaction.Data?.Name, e.Message);
        }
    }

    /// <summary>
    /// The reply, whether only the asker should see it, and the answer again when it has a chart to draw; no reply for a
    /// redelivered interaction.
    /// </summary>
    private async Task<(DiscordReply? Reply, bool Ephemeral, Answer? Charted)> AnswerAsync(IncomingMessage incoming)
    {
        using var activity = QuestionActivity.Start(incoming);
        try
        {
            var reply = await questions.HandleAsync(incoming).ConfigureAwait(false);
            return reply.Kind switch
            {
                ChatReplyKind.Answer => (EmbedRenderer.Render(reply.Answer!), false, reply.Answer!.Chart is null ? null : reply.Answer),
                ChatReplyKind.RateLimited => (EmbedRenderer.Text(reply.RateLimitMessage), true, null),

                // A slash command always needs a response, even after the one rate-limit notice.
                ChatReplyKind.Ignored => (EmbedRenderer.Text(SlowDown), true, null),
                _ => (null, false, null),
            };
        }
        catch (Exception e)
        {
            LogAnswerFailed(e, incoming.DeliveryId);
            return (EmbedRenderer.Text(MessageResponder.Apology), true, null);
        }
    }

    private JsonInteractionResponse Choices(JsonInteraction interaction)
    {
        var focused = interaction.Data?.Options?.Find(o => o.Focused == true);
        return new JsonInteractionResponse
        {
            Type = JsonInteractionResponse.AutocompleteResult,
            Data = new JsonInteractionCallbackData { Choices = autocomplete.Suggest(CommandQuestion.Value(focused)) },
        };
    }

    private static JsonInteractionResponse Message(DiscordReply reply, bool ephemeral) =>
        new() { Type = JsonInteractionResponse.ChannelMessage, Data = reply.ToCallbackData(ephemeral) };

    [LoggerMessage(LogLevel.Information, "Discord interaction {InteractionId} (/{Command}) deferred: the answer took too long to send directly")]
    private partial void LogDeferred(string interactionId, string? command);

    [LoggerMessage(LogLevel.Warning, "Discord interaction {InteractionId} (/{Command}) could not be answered: {Error}")]
    private partial void LogResponseFailed(string interactionId, string? command, string error);

    [LoggerMessage(LogLevel.Warning, "Discord interaction {InteractionId} (/{Command}): the chart could not be attached ({Error}); the answer stands without it")]
    private partial void LogChartNotAttached(string interactionId, string? command, string error);

    [LoggerMessage(LogLevel.Warning, "Discord interaction {InteractionId} (/{Command}): the public placeholder could not be deleted ({Error}); the private reply was sent")]
    private partial void LogPlaceholderNotDeleted(string interactionId, string? command, string error);

    [LoggerMessage(LogLevel.Error, "Discord: answering interaction {InteractionId} failed")]
    private partial void LogAnswerFailed(Exception exception, string interactionId);
}
