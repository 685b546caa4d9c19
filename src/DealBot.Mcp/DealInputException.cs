namespace DealBot.Mcp;

/// <summary>
/// A caller's parameter that cannot be used (an unknown deal, a unit with no meaning here), with a message for the
/// caller that says what would work. Tools return it as a tool error, the HTTP API as a 400 or 404 problem.
/// </summary>
public sealed class DealInputException(string message, bool notFound = false) : Exception(message)
{
    /// <summary>The thing named does not exist (HTTP 404), rather than being malformed (HTTP 400).</summary>
    public bool NotFound { get; } = notFound;
}
