using DealBot.Chat.Pipeline;
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
/// (type 5, "thinking…") and the answer edited in. Autocomplete returns at most 25 deals.
/// </summary>
internal sealed partial class InteractionResponder(
    IQuestionHandler questions,
    DealAutocomplete autocomplete,
    DealCatalog catalog,
    DiscordRestClient rest,
    DiscordBotConfiguration configuration,
    TimeProvider clock,
    ILogger<InteractionResponder> logger)
{
    public const int Ping = 1;
    public const int ApplicationCommand = 2;
    public const int Autocomplete = 4;
    public const string SlowDown = "You're asking quickly — give me a moment and ask again.";

    /// <summary>Sends the first response: an HTTP callback (gateway) or the HTTP response body (endpoint).</summary>
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
        catch (Exception e) when (e is DiscordRestException or HttpRequestException)
        {
            // 10062 "Unknown interaction" here means the 3-second window was missed.
            LogResponseFailed(interaction.Id, interaction.Data?.Name, e.Message);
        }
    }

    private async Task AnswerCommandAsync(JsonInteraction interaction, DateTimeOffset receivedAt, InitialResponse initial, CancellationToken cancellationToken)
    {
        var question = CommandQuestion.From(interaction.Data ?? new JsonInteractionData(), catalog);
        var user = interaction.UserId ?? "unknown";
        var incoming = new IncomingMessage(MessageResponder.Platform, interaction.ChannelId ?? user, user, question, interaction.Id, FromBot: false, Addressed: true);
        var work = Task.Run(() => Answer(incoming), cancellationToken);

        var budget = configuration.InteractionDeferAfter - (clock.GetUtcNow() - receivedAt);
        if (budget > TimeSpan.Zero)
        {
            try
            {
                var ready = await work.WaitAsync(budget, clock, cancellationToken).ConfigureAwait(false);
                if (ready.Reply is { } reply)
                {
                    await initial(Message(reply, ready.Ephemeral), cancellationToken).ConfigureAwait(false);
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
        var edit = (late.Reply ?? EmbedRenderer.Text(SlowDown)).ToEdit();
        await rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, edit, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The reply and whether only the asker should see it; no reply for a redelivered interaction.</summary>
    private (DiscordReply? Reply, bool Ephemeral) Answer(IncomingMessage incoming)
    {
        try
        {
            var reply = questions.Handle(incoming);
            return reply.Kind switch
            {
                ChatReplyKind.Answer => (EmbedRenderer.Render(reply.Answer!), false),
                ChatReplyKind.RateLimited => (EmbedRenderer.Text(reply.RateLimitMessage), true),

                // A slash command always needs a response, even after the one rate-limit notice.
                ChatReplyKind.Ignored => (EmbedRenderer.Text(SlowDown), true),
                _ => (null, false),
            };
        }
        catch (Exception e)
        {
            LogAnswerFailed(e, incoming.DeliveryId);
            return (EmbedRenderer.Text(MessageResponder.Apology), true);
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

    [LoggerMessage(LogLevel.Error, "Discord: answering interaction {InteractionId} failed")]
    private partial void LogAnswerFailed(Exception exception, string interactionId);
}
