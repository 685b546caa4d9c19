namespace DealBot.Discord.Tests.Fakes;

/// <summary>
/// Error answers injected by tests, as Discord gives them: a 5xx from a gateway that is unavailable, a 403 for a
/// channel the bot may not post in, a 401 for an interaction token that expired (code 50027).
/// </summary>
public sealed partial class FakeDiscord
{
    private readonly List<Failure> _failures = [];

    /// <summary>The next <paramref name="times"/> requests whose path starts with /api/v10/<paramref name="pathPrefix"/> get this answer.</summary>
    public void FailNext(string method, string pathPrefix, int status, int times = 1, int? code = null, string message = "injected failure")
    {
        var json = code is null
            ? $$"""{"message":"{{message}}"}"""
            : $$"""{"message":"{{message}}","code":{{code}}}""";
        lock (_failures)
        {
            _failures.Add(new Failure(method, "/api/v10/" + pathPrefix, status, json) { Left = times });
        }
    }

    private (int, string?)? InjectedFailure(FakeRequest request)
    {
        lock (_failures)
        {
            var failure = _failures.FirstOrDefault(f => f.Left > 0 && f.Method == request.Method && request.Path.StartsWith(f.PathPrefix, StringComparison.Ordinal));
            if (failure is null)
            {
                return null;
            }

            failure.Left--;
            return (failure.Status, failure.Json);
        }
    }

    private sealed record Failure(string Method, string PathPrefix, int Status, string Json)
    {
        public int Left { get; set; }
    }
}
