using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace DealBot.Redis;

/// <summary>
/// The DealBot settings the shared stores need, read from the <c>DealBot</c> section with the host's defaults. The host
/// validates that section at start-up, so a value that cannot be read here has already been reported there.
/// </summary>
internal sealed record SharedStateSettings(TimeSpan ConversationLifetime, int RateLimitPerMinute, int RateLimitBurst)
{
    public static SharedStateSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("DealBot");
        return new SharedStateSettings(
            TimeSpan.FromMinutes(Positive(section["ConversationMinutes"], 60)),
            Positive(section["RateLimitPerMinute"], 20),
            Positive(section["RateLimitBurst"], 5));
    }

    private static int Positive(string? text, int fallback) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
