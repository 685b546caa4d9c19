using DealBot.Slack.Installations;
using Microsoft.Extensions.Options;

namespace DealBot.Slack;

/// <summary>One clear message per problem, naming the key and never its value.</summary>
internal sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    private const int MinSecretLength = 16;

    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        var problems = Problems(options).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static IEnumerable<string> Problems(SlackOptions o)
    {
        if (!IsSet(o.BotToken) && !IsSet(o.ClientId))
        {
            yield return "Slack: set Slack:BotToken (one workspace) or Slack:ClientId and Slack:ClientSecret (OAuth installs).";
        }

        if (IsSet(o.BotToken) && !IsToken(o.BotToken!, "xoxb-"))
        {
            yield return "Slack:BotToken must be a bot token: it starts with xoxb- and has no spaces.";
        }

        if (IsSet(o.AppToken) && !IsToken(o.AppToken!, "xapp-"))
        {
            yield return "Slack:AppToken must be an app-level token: it starts with xapp- and has no spaces.";
        }

        if (!o.SocketMode && !IsSet(o.SigningSecret))
        {
            yield return "Slack:SigningSecret is required in HTTP mode (when Slack:AppToken is not set).";
        }

        if (IsSet(o.SigningSecret) && (o.SigningSecret!.Length < MinSecretLength || o.SigningSecret.Any(char.IsWhiteSpace)))
        {
            yield return $"Slack:SigningSecret looks malformed: it has at least {MinSecretLength} characters and no spaces.";
        }

        if (IsSet(o.ClientId) != IsSet(o.ClientSecret))
        {
            yield return "Slack:ClientId and Slack:ClientSecret go together: set both for OAuth installs, or neither.";
        }

        if (o.OAuthEnabled && string.IsNullOrWhiteSpace(o.InstallationStorePath))
        {
            yield return "Slack:InstallationStorePath is required for OAuth installs.";
        }

        foreach (var problem in KeyProblems(o))
        {
            yield return problem;
        }

        if (!IsHttpUrl(o.ApiBaseUrl))
        {
            yield return "Slack:ApiBaseUrl must be an absolute http(s) URL, e.g. https://slack.com/api/.";
        }

        if (o.OAuthEnabled && !IsHttpUrl(o.AuthorizeUrl))
        {
            yield return "Slack:AuthorizeUrl must be an absolute http(s) URL.";
        }

        if (IsSet(o.OAuthRedirectUrl) && !IsHttpUrl(o.OAuthRedirectUrl))
        {
            yield return "Slack:OAuthRedirectUrl must be an absolute http(s) URL.";
        }

        foreach (var command in o.CommandNames.Where(c => c is null || c.Length < 2 || c[0] != '/' || c.Any(char.IsWhiteSpace)))
        {
            yield return $"Slack:CommandNames: \"{command}\" is not a slash command name such as /deal.";
        }

        if (o.MaxRequestBytes is < 1024 or > 10 * 1024 * 1024)
        {
            yield return "Slack:MaxRequestBytes must be between 1024 and 10485760.";
        }

        if (o.InlineReplyBudget < TimeSpan.Zero || o.InlineReplyBudget > TimeSpan.FromMilliseconds(2800))
        {
            yield return "Slack:InlineReplyBudget must be between 0 and 00:00:02.8 (Slack's ack deadline is 3 s).";
        }

        if (o.ChannelMessageInterval < TimeSpan.Zero)
        {
            yield return "Slack:ChannelMessageInterval must not be negative.";
        }

        if (o.Workers is < 1 or > 256)
        {
            yield return "Slack:Workers must be between 1 and 256.";
        }

        if (o.QueueCapacity is < 1 or > 1_000_000)
        {
            yield return "Slack:QueueCapacity must be between 1 and 1000000.";
        }

        foreach (var (key, value) in new[]
                 {
                     ("SocketIdleTimeout", o.SocketIdleTimeout), ("SocketKeepAlive", o.SocketKeepAlive),
                     ("SocketDrainTimeout", o.SocketDrainTimeout), ("OAuthStateLifetime", o.OAuthStateLifetime),
                 })
        {
            if (value <= TimeSpan.Zero)
            {
                yield return $"Slack:{key} must be positive.";
            }
        }
    }

    /// <summary>The key-encryption keys: required with OAuth installs, and each one 32 bytes in base64.</summary>
    private static IEnumerable<string> KeyProblems(SlackOptions o)
    {
        if (o.OAuthEnabled && !IsSet(o.TokenEncryptionKey))
        {
            yield return "Slack:TokenEncryptionKey is required for OAuth installs (it encrypts the keys that encrypt the workspace tokens): "
                + $"make one with `{KeyEncryptionKey.MakeOne}` and set it as Slack__TokenEncryptionKey, in the environment or in /run/secrets.";
        }

        if (IsSet(o.TokenEncryptionKey) && !KeyEncryptionKey.IsWellFormed(o.TokenEncryptionKey))
        {
            yield return $"Slack:TokenEncryptionKey must be 32 random bytes in base64 (make one with `{KeyEncryptionKey.MakeOne}`).";
        }

        for (var i = 0; i < o.PreviousTokenEncryptionKeys.Length; i++)
        {
            if (!KeyEncryptionKey.IsWellFormed(o.PreviousTokenEncryptionKeys[i]))
            {
                yield return $"Slack:PreviousTokenEncryptionKeys:{i} must be 32 bytes in base64, as Slack:TokenEncryptionKey was.";
            }
        }

        if (o.PreviousTokenEncryptionKeys.Length > 0 && !IsSet(o.TokenEncryptionKey))
        {
            yield return "Slack:PreviousTokenEncryptionKeys only decrypt: set Slack:TokenEncryptionKey to the key that encrypts from now on.";
        }
    }

    private static bool IsSet(string? value) => !string.IsNullOrWhiteSpace(value);

    private static bool IsToken(string value, string prefix) =>
        value.StartsWith(prefix, StringComparison.Ordinal) && value.Length > prefix.Length && !value.Any(char.IsWhiteSpace);

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
