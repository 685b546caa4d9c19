namespace DealBot.Discord.Gateway;

/// <summary>
/// How one connection ended: what to do next, why (for the log), whether it had reached READY/RESUMED (which restarts
/// the backoff), and a minimum wait (op 9 asks for 1–5 s).
/// </summary>
internal sealed record ConnectionEnd(ConnectionAction Action, string Reason, bool Healthy, TimeSpan MinimumDelay = default, int? CloseCode = null)
{
    public static ConnectionEnd FromClose(int? code, string? reason, bool healthy) =>
        new(GatewayCloseCodes.Classify(code), code is null ? "connection closed" : $"closed with {code} {reason}".TrimEnd(), healthy, default, code);
}
