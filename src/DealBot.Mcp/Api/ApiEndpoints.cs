using System.Text.Json;
using DealBot.Chat.Rendering;
using DealBot.Mcp.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace DealBot.Mcp.Api;

/// <summary>
/// The HTTP API for programs: <c>POST /v1/ask</c> (exactly the JSON <c>DealBot ask --format json</c> prints),
/// <c>GET /v1/deals</c> and <c>GET /v1/deals/{id}</c>. Bad input is a 400 with a problem-details body.
/// </summary>
public static class ApiEndpoints
{
    private const string Json = "application/json";

    public static void MapDealBotApi(this IEndpointRouteBuilder routes)
    {
        var v1 = routes.MapGroup("/v1").WithTags("DealBot");
        v1.MapPost("/ask", AskAsync)
            .WithName("Ask")
            .WithSummary("Answer a question with its working, assumptions and sources")
            .Accepts<AskRequest>(Json)
            .Produces(StatusCodes.Status200OK, contentType: Json)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        v1.MapGet("/deals", ListDeals)
            .WithName("ListDeals")
            .WithSummary("The catalog's deals, filtered by party and status (upcoming, active, ended, undated)")
            .Produces(StatusCodes.Status200OK, contentType: Json)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        v1.MapGet("/deals/{id}", GetDeal)
            .WithName("GetDeal")
            .WithSummary("One deal's sourced facts, conflicts and overview")
            .Produces(StatusCodes.Status200OK, contentType: Json)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> AskAsync(HttpContext context, DealService deals, IOptions<McpOptions> options)
    {
        var limit = options.Value.MaxRequestBytes;
        if (context.Request.ContentLength > limit)
        {
            return TooLarge(limit);
        }

        // Read at most one byte past the limit: a body without a length is cut off there, not buffered whole.
        var body = await RequestBody.ReadAsync(context.Request.Body, limit + 1, context.RequestAborted);
        if (body.Length > limit)
        {
            return TooLarge(limit);
        }

        AskRequest? request;
        try
        {
            request = JsonSerializer.Deserialize(body.Span, ApiJsonContext.Default.AskRequest);
        }
        catch (JsonException e)
        {
            return BadRequest("The body is not a valid ask request", $"Send {{\"question\": \"...\", \"conversation\": \"optional id\"}}. {e.Message}");
        }

        if (request is null || string.IsNullOrWhiteSpace(request.Question))
        {
            return BadRequest("Missing question", "Send {\"question\": \"...\"}.");
        }

        var caller = context.User.Identity?.Name ?? Security.ApiKeyAuthenticationHandler.LocalCaller;
        Core.Answers.Answer answer;
        try
        {
            answer = await deals.AskAsync(request.Question, request.Conversation, caller, context.RequestAborted);
        }
        catch (DealInputException e)
        {
            return BadRequest("Bad parameter", e.Message);
        }

        // The same writer and options as ask --format json, so the bytes are the same.
        return Results.Bytes(JsonBytes.Of(json => AnswerJson.Write(json, answer), indented: true).ToArray(), Json);
    }

    private static IResult ListDeals(DealService deals, string? party, string? status) =>
        Guarded(() => JsonBytes.Of(json => DealJson.WriteList(json, deals.Catalog, deals.ListDeals(party, status)), indented: true));

    private static IResult GetDeal(DealService deals, string id) =>
        Guarded(() =>
        {
            var deal = deals.FindDeal(id);
            return JsonBytes.Of(json => DealJson.WriteDeal(json, deals.Catalog, deal, deals.StatusOf(deal), deals.Summary(deal)), indented: true);
        });

    private static IResult Guarded(Func<ReadOnlyMemory<byte>> write)
    {
        try
        {
            return Results.Bytes(write().ToArray(), Json);
        }
        catch (DealInputException e)
        {
            return e.NotFound
                ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: e.Message)
                : BadRequest("Bad parameter", e.Message);
        }
    }

    private static IResult TooLarge(int limit) =>
        BadRequest("The body is too large", $"An ask request is at most {limit} bytes (Mcp:MaxRequestBytes).");

    private static ProblemHttpResult BadRequest(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: title, detail: detail);
}
