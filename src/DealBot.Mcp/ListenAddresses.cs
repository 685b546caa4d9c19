using System.Net;

namespace DealBot.Mcp;

/// <summary>Whether every address of a <c>Urls</c> setting ("http://localhost:8080;http://127.0.0.1:0") is loopback.</summary>
public static class ListenAddresses
{
    public static bool AreLoopback(string? urls)
    {
        if (string.IsNullOrWhiteSpace(urls))
        {
            // Kestrel's default is http://localhost:5000.
            return true;
        }

        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Kestrel's wildcards ("http://*:8080", "http://+:8080") mean every address, and are no host name to Uri.
            if (!Uri.TryCreate(url.Replace("://*", "://any", StringComparison.Ordinal).Replace("://+", "://any", StringComparison.Ordinal), UriKind.Absolute, out var uri))
            {
                return false;
            }

            var host = uri.Host;
            var loopback = host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
                || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
            if (!loopback)
            {
                return false;
            }
        }

        return true;
    }
}
