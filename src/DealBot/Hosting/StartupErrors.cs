using DealBot.Core.Catalog;
using Microsoft.Extensions.Options;

namespace DealBot.Hosting;

/// <summary>
/// Start-up failures as one clear line each (configuration or catalog), for the console and the service host alike:
/// never a stack trace for a problem the operator can fix.
/// </summary>
public static class StartupErrors
{
    /// <summary>The lines to print for <paramref name="error"/>, or null when it is not a start-up problem.</summary>
    public static IReadOnlyList<string>? Describe(Exception error) => error switch
    {
        OptionsValidationException e => Lines("configuration error", e.Failures),
        AggregateException e when e.InnerExceptions.All(inner => inner is OptionsValidationException) =>
            Lines("configuration error", e.InnerExceptions.SelectMany(inner => ((OptionsValidationException)inner).Failures)),
        // The binder: a value that is not a number, or a key an options class does not have.
        InvalidOperationException e when e.Message.Contains("configuration", StringComparison.OrdinalIgnoreCase) => Lines("configuration error", [e.Message]),
        CatalogException e => Lines("catalog error", [e.Message]),
        _ => null,
    };

    private static string[] Lines(string kind, IEnumerable<string> problems) =>
        problems.Select(problem => $"DealBot: {kind}: {problem.ReplaceLineEndings(" ")}").ToArray();
}
