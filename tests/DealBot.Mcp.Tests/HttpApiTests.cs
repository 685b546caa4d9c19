using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DealBot.Tests;

namespace DealBot.Mcp.Tests;

/// <summary>The HTTP API for programs: each endpoint, problem details for bad input, 401, 429 and the OpenAPI document.</summary>
[Collection(ServiceCollection.Name)]
public sealed class HttpApiTests(ServiceFixture service)
{
    private const string Problem = "application/problem+json";

    [Theory]
    [InlineData("how much will anthropic end up paying xai?")]
    [InlineData("cost per MW-month of the xai deal")]
    [InlineData("900 GPUs at 1 kW each in MW")]
    [InlineData("what if the xai deal were $1B a month?")]
    [InlineData("what is the meaning of life")]
    public async Task Ask_IsExactlyWhatAskFormatJsonPrints(string question)
    {
        using var http = service.Client();

        var api = await http.PostAsJsonAsync("/v1/ask", new { question });
        var cli = await HostProcess.RunAsync("ask", "--format", "json", "--", question);

        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal("application/json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, cli.ExitCode);
        Assert.Equal(cli.Stdout.TrimEnd('\n'), await api.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ask_FollowUpInAConversation_KeepsTheContext()
    {
        using var http = service.Client();
        var conversation = Guid.NewGuid().ToString("N");
        await http.PostAsJsonAsync("/v1/ask", new { question = "how much does anthropic pay xai a month?", conversation });

        var followUp = await Json(await http.PostAsJsonAsync("/v1/ask", new { question = "and per year?", conversation }));

        Assert.True(followUp.GetProperty("understood").GetBoolean(), followUp.ToString());
        Assert.Equal("USD/year", followUp.GetProperty("unit").GetString());
    }

    [Theory]
    [InlineData("{\"question\": \"cost of the xai deal\"", "not a valid ask request")]
    [InlineData("{\"question\": \"cost of the xai deal\", \"colour\": \"red\"}", "colour")]
    [InlineData("{\"conversation\": \"c1\"}", "question")]
    [InlineData("{\"question\": \"   \"}", "Missing question")]
    [InlineData("[1, 2]", "not a valid ask request")]
    public async Task Ask_BadBody_Is400WithProblemDetails(string body, string expected)
    {
        using var http = service.Client();

        var response = await http.PostAsync("/v1/ask", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(Problem, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Ask_OversizedBody_Is400WithProblemDetails(bool withLength)
    {
        using var http = service.Client();
        var body = $"{{\"question\": \"{new string('x', ServiceFixture.MaxRequestBytes)}\"}}";
        HttpContent content = withLength
            ? new StringContent(body, Encoding.UTF8, "application/json")
            : new StreamContent(new NonSeekableStream(Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new("application/json");

        var response = await http.PostAsync("/v1/ask", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(Problem, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("too large", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Deals_ListsTheCatalog_WithSources()
    {
        using var http = service.Client();

        var deals = (await Json(await http.GetAsync("/v1/deals"))).GetProperty("deals").EnumerateArray().ToList();

        Assert.Contains(deals, d => d.GetProperty("id").GetString() == "anthropic-xai");
        Assert.All(deals, d => Assert.NotEmpty(d.GetProperty("sources").EnumerateArray()));
    }

    [Fact]
    public async Task Deals_FilteredByPartyAndStatus_HaveThatPartyAndStatus()
    {
        using var http = service.Client();

        var deals = (await Json(await http.GetAsync("/v1/deals?party=xai&status=active"))).GetProperty("deals").EnumerateArray().ToList();

        Assert.NotEmpty(deals);
        Assert.All(deals, d =>
        {
            Assert.Equal("active", d.GetProperty("status").GetString());
            Assert.Contains("xAI", d.GetProperty("buyer").GetString() + d.GetProperty("seller").GetString());
        });
    }

    [Theory]
    [InlineData("/v1/deals?status=signed", HttpStatusCode.BadRequest, "Statuses: upcoming, active, ended, undated")]
    [InlineData("/v1/deals?party=acme", HttpStatusCode.NotFound, "Unknown party 'acme'")]
    [InlineData("/v1/deals/antropic-xai", HttpStatusCode.NotFound, "Closest: Anthropic–xAI (anthropic-xai)")]
    public async Task Deals_BadParameter_IsAProblemThatSaysWhatWorks(string path, HttpStatusCode status, string expected)
    {
        using var http = service.Client();

        var response = await http.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(Problem, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Deal_HasFactsConflictsSourcesAndAnswer()
    {
        using var http = service.Client();

        var deal = await Json(await http.GetAsync("/v1/deals/anthropic-xai"));

        Assert.Equal(1_250_000_000m, deal.GetProperty("facts").GetProperty("monthly_fee_usd").GetProperty("value").GetDecimal());
        Assert.NotEmpty(deal.GetProperty("conflicts").EnumerateArray());
        Assert.NotEmpty(deal.GetProperty("sources").EnumerateArray());
        Assert.True(deal.GetProperty("answer").GetProperty("understood").GetBoolean());
    }

    [Theory]
    [InlineData("GET", "/v1/deals", null)]
    [InlineData("GET", "/v1/deals", "wrong-key-0123456789abcdef")]
    [InlineData("POST", "/v1/ask", null)]
    [InlineData("GET", "/openapi/v1.json", null)]
    [InlineData("POST", "/mcp", "wrong-key-0123456789abcdef")]
    public async Task Endpoints_WithoutAValidKey_Are401(string method, string path, string? key)
    {
        using var http = service.Client(key);

        var response = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "POST" ? new StringContent("{\"question\": \"cost\"}", Encoding.UTF8, "application/json") : null,
        });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task Requests_BeyondTheKeysBurst_Are429WithRetryAfter()
    {
        using var http = service.Client(ServiceFixture.BurstKey);

        var responses = await Task.WhenAll(Enumerable.Range(0, ServiceFixture.Burst + 20).Select(_ => http.GetAsync("/v1/deals/anthropic-xai")));
        var other = await service.Client().GetAsync("/v1/deals/anthropic-xai");

        var limited = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.InRange(limited.Count, 20, 20 + 2);
        Assert.Equal(Problem, limited[0].Content.Headers.ContentType?.MediaType);
        Assert.NotNull(limited[0].Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task OpenApi_DescribesEveryEndpoint()
    {
        using var http = service.Client();

        var paths = (await Json(await http.GetAsync("/openapi/v1.json"))).GetProperty("paths");

        Assert.True(paths.GetProperty("/v1/ask").TryGetProperty("post", out var ask));
        Assert.True(ask.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(paths.GetProperty("/v1/deals").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/v1/deals/{id}").TryGetProperty("get", out _));
    }

    [Fact]
    public async Task Logs_NeverHoldAKey()
    {
        using (var http = service.Client("wrong-key-0123456789abcdef"))
        {
            await http.GetAsync("/v1/deals");
        }

        using (var http = service.Client())
        {
            await http.GetAsync("/v1/deals");
        }

        Assert.Contains(service.Logs.Lines, l => l.Contains("was not authenticated", StringComparison.Ordinal));
        Assert.DoesNotContain(service.Logs.Lines, l => l.Contains(ServiceFixture.Key, StringComparison.Ordinal)
            || l.Contains(ServiceFixture.BurstKey, StringComparison.Ordinal) || l.Contains("wrong-key", StringComparison.Ordinal));
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return JsonElement.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>A body sent chunked, with no Content-Length: the size check must not trust the header alone.</summary>
    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
