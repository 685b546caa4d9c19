using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DealBot.Slack.Inbound;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace DealBot.Slack.Http;

/// <summary>
/// The one Request URL for every Slack setting, as Bolt apps have it: slash commands (form), Events API (JSON) and
/// interactivity (form with a JSON <c>payload</c>). Order matters: size cap (413), signature and timestamp (401, no
/// reply), then parsing (400). Events and clicks are queued and acknowledged at once; slash commands are answered in
/// the response when the answer is fast.
/// </summary>
internal sealed partial class SlackHttpEndpoint(
    IOptions<SlackOptions> options,
    TimeProvider clock,
    SlackEventProcessor events,
    SlashCommandHandler slashCommands,
    InteractionHandler interactions,
    ILogger<SlackHttpEndpoint> logger)
{
    private const string RetryNumHeader = "X-Slack-Retry-Num";

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var body = await RequestBody.ReadAsync(request, options.Value.MaxRequestBytes, context.RequestAborted);
        if (body is null)
        {
            LogRejected("too large", request.Path);
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        var check = SlackSignature.Check(
            options.Value.SigningSecret, request.Headers[SlackSignature.TimestampHeader], request.Headers[SlackSignature.SignatureHeader],
            body, clock.GetUtcNow());
        if (check != SignatureCheck.Valid)
        {
            LogRejected(check.ToString(), request.Path);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var mediaType = MediaTypeHeaderValue.TryParse(request.ContentType, out var type) ? type.MediaType.Value : null;
        var response = mediaType switch
        {
            "application/json" => await EventAsync(body, request.Headers[RetryNumHeader], context.RequestAborted),
            "application/x-www-form-urlencoded" => await FormAsync(body, context.RequestAborted),
            _ => Reply.Status(StatusCodes.Status415UnsupportedMediaType),
        };

        context.Response.StatusCode = response.StatusCode;
        if (response.Body is { } json)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(json.ToJsonString(), context.RequestAborted);
        }
    }

    private async Task<Reply> EventAsync(byte[] body, string? retryNum, CancellationToken cancellationToken)
    {
        if (Parse(body) is not { } root)
        {
            return Reply.Status(StatusCodes.Status400BadRequest);
        }

        switch (root.Str("type"))
        {
            case "url_verification" when root.Str("challenge") is { } challenge:
                return new Reply(StatusCodes.Status200OK, new JsonObject { ["challenge"] = challenge });
            case "event_callback":
                if (!string.IsNullOrEmpty(retryNum))
                {
                    // Retries repeat the event_id; the pipeline answers it once whichever copy arrives first.
                    LogRetry(root.Str("event_id"), retryNum);
                }

                // No waiting for queue room here: a 503 makes Slack retry later, and the retry is deduped.
                return FromAcceptance(await events.AcceptAsync(root, TimeSpan.Zero, cancellationToken));
            default:
                // app_rate_limited and future envelope types: acknowledge so Slack does not retry them.
                return Reply.Status(root.Str("type") is null ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
        }
    }

    private async Task<Reply> FormAsync(byte[] body, CancellationToken cancellationToken)
    {
        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));
        if (form.ContainsKey("ssl_check"))
        {
            // Slack's periodic certificate check of a slash command URL: nothing to do but answer.
            return Reply.Status(StatusCodes.Status200OK);
        }

        if (form.TryGetValue("payload", out var payload))
        {
            return Parse(Encoding.UTF8.GetBytes(payload.ToString())) is { } root
                ? FromAcceptance(await interactions.AcceptAsync(root, TimeSpan.Zero, cancellationToken))
                : Reply.Status(StatusCodes.Status400BadRequest);
        }

        if (SlashCommand.Read(name => form.TryGetValue(name, out var value) ? value.ToString() : null) is not { } command)
        {
            return Reply.Status(StatusCodes.Status400BadRequest);
        }

        return new Reply(StatusCodes.Status200OK, await slashCommands.HandleAsync(command, cancellationToken));
    }

    private static Reply FromAcceptance(Acceptance acceptance) => Reply.Status(acceptance switch
    {
        Acceptance.Accepted => StatusCodes.Status200OK,
        Acceptance.Busy => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status400BadRequest,
    });

    private static JsonElement? Parse(byte[] body)
    {
        try
        {
            var root = JsonElement.Parse(body);
            return root.ValueKind == JsonValueKind.Object ? root : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack request to {Path} rejected: {Reason}")]
    private partial void LogRejected(string reason, PathString path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack retry {RetryNum} of event {EventId}")]
    private partial void LogRetry(string? eventId, string retryNum);

    private readonly record struct Reply(int StatusCode, JsonObject? Body)
    {
        public static Reply Status(int statusCode) => new(statusCode, null);
    }
}
