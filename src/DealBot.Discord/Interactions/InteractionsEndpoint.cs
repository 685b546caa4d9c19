using System.Text.Json;
using DealBot.Discord.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DealBot.Discord.Interactions;

/// <summary>
/// The HTTP interactions endpoint: verify the signature over the raw body (401 on any failure, which Discord probes
/// for when the URL is saved), PING → PONG, anything else answered by <see cref="InteractionResponder"/> with its
/// first response as this request's body; a deferred answer is edited in later, outliving this request.
/// </summary>
internal static partial class InteractionsEndpoint
{
    /// <summary>Interaction payloads are a few KB; anything much larger is not from Discord.</summary>
    private const int MaxBodyBytes = 1 << 20;

    public static async Task HandleAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var verifier = services.GetRequiredService<InteractionSignatureVerifier>();
        var clock = services.GetRequiredService<TimeProvider>();
        var receivedAt = clock.GetUtcNow();

        var body = await ReadBodyAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        if (!verifier.Verify(context.Request.Headers["X-Signature-Ed25519"], context.Request.Headers["X-Signature-Timestamp"], body))
        {
            if (!verifier.IsConfigured)
            {
                LogNoPublicKey(services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(InteractionsEndpoint).FullName!));
            }

            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        JsonInteraction? interaction;
        try
        {
            interaction = JsonSerializer.Deserialize(body, DiscordJsonContext.Default.JsonInteraction);
        }
        catch (JsonException)
        {
            interaction = null;
        }

        if (interaction is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var first = new TaskCompletionSource<JsonInteractionResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stopping = services.GetService<IHostApplicationLifetime>()?.ApplicationStopping ?? CancellationToken.None;
        var responder = services.GetRequiredService<InteractionResponder>();
        var run = responder.RespondAsync(interaction, receivedAt, (response, _) =>
        {
            // The responder waits for the body to be out before it edits the message that body creates.
            first.TrySetResult(response);
            return sent.Task;
        }, stopping);

        await Task.WhenAny(first.Task, run).ConfigureAwait(false);
        if (!first.Task.IsCompleted)
        {
            // Answered nothing (a redelivery): acknowledge without a body.
            context.Response.StatusCode = StatusCodes.Status202Accepted;
            return;
        }

        try
        {
            var json = JsonSerializer.SerializeToUtf8Bytes(first.Task.Result, DiscordJsonContext.Default.JsonInteractionResponse);
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = json.Length;
            await context.Response.Body.WriteAsync(json, context.RequestAborted).ConfigureAwait(false);

            // Completing flushes the body to Discord; until then the original message does not exist.
            await context.Response.CompleteAsync().ConfigureAwait(false);
            sent.TrySetResult();
        }
        catch (Exception e)
        {
            sent.TrySetException(new IOException("the interaction response body could not be sent", e));
            throw;
        }
    }

    /// <summary>The raw body exactly as sent (the signature covers these bytes), or null when over the size limit.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    [LoggerMessage(LogLevel.Warning, "Discord interactions endpoint: Discord:PublicKey is not set, so no request can be verified and every one is refused (401)")]
    private static partial void LogNoPublicKey(ILogger logger);
}
