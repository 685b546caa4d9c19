using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DealBot.Mcp.Security;

/// <summary>
/// <c>Authorization: Bearer &lt;key&gt;</c> for <c>/mcp</c>, <c>/v1</c> and the OpenAPI document. The caller's name is
/// its key's fingerprint (conversations and rate limits are per key); with no keys configured every caller is
/// <see cref="LocalCaller"/>. A missing or wrong key is a 401 with a problem body; the key itself is never logged.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeys keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string LocalCaller = "local";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (keys.None)
        {
            return Task.FromResult(Success(LocalCaller));
        }

        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        return Task.FromResult(keys.Match(header["Bearer ".Length..].Trim()) is { } caller
            ? Success(caller)
            : AuthenticateResult.Fail("The bearer token is not one of Mcp:ApiKeys."));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await Results.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Unauthorized",
            detail: "Send one of the service's API keys (Mcp:ApiKeys) as 'Authorization: Bearer <key>'.").ExecuteAsync(Context);
    }

    private AuthenticateResult Success(string caller) =>
        AuthenticateResult.Success(new AuthenticationTicket(
            new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, caller)], SchemeName)), SchemeName));
}
