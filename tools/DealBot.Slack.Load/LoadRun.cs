using System.Diagnostics;
using System.Globalization;
using System.Text;
using DealBot.Load;
using DealBot.Load.Slack;
using DealBot.Slack.Http;

namespace DealBot.Slack.Load;

/// <summary>
/// Starts the fake Slack and the bot (child process), then measures: signed slash commands over HTTP one at a time
/// (ack latency, answer inline) and at a concurrency (answers/s); Socket Mode envelopes likewise (ack latency; events
/// answered through chat.postMessage); and the bot process's RSS.
/// </summary>
internal static class LoadRun
{
    /// <summary>The fake Slack's name for the one replica of this run.</summary>
    private const string Replica = "a";

    private static readonly string[] Questions =
    [
        "xai per year", "how much will anthropic end up paying xai?", "and per GPU-hour?", "10000 H100s at $2.50/hr for a year",
        "compare xai and oracle per MW", "openai aws total", "google xai per month", "what if xai ran to 2030",
    ];

    public static async Task<int> RunAsync(LoadSettings settings)
    {
        await using var slack = await SlackFake.StartAsync();
        var data = Directory.CreateTempSubdirectory("dealbot-slack-load-");
        using var bot = await BotHost.StartAsync(new Dictionary<string, string>
        {
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl(Replica),
            ["Slack:SigningSecret"] = SlackFake.SigningSecret,
            ["Slack:BotToken"] = "xoxb-load-bot",
            ["Slack:AppToken"] = "xapp-load-app",
            ["Slack:InstallationStorePath"] = Path.Combine(data.FullName, "installations.json"),
            ["DealBot:RateLimitPerMinute"] = settings.RatePerMinute.ToString(CultureInfo.InvariantCulture),
        });
        var botUrl = bot.Url;
        await slack.ConnectedAsync(Replica).WaitAsync(TimeSpan.FromSeconds(30));
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = settings.Concurrency, UseCookies = false })
        {
            BaseAddress = new Uri(botUrl),
        };

        Console.WriteLine($"{settings}");
        Console.WriteLine($"bot pid {bot.Id} at {botUrl}; at start {bot.Memory()}");
        // Every request has its own number: trigger_id, event_id and user differ, so none is a duplicate.
        var next = 0;
        User = i => settings.Users > 0 ? i % settings.Users : i;
        int Next() => Interlocked.Increment(ref next);
        await RunSequentialAsync(settings.Warmup, () => SlashAsync(http, Next()));
        await RunSequentialAsync(settings.Warmup, () => SlashEnvelopeAsync(slack, Next()));
        Console.WriteLine($"after warm-up ({settings.Warmup} HTTP + {settings.Warmup} Socket Mode): {bot.Memory()}");

        Report("HTTP slash command, one at a time", await RunSequentialAsync(settings.Sequential, () => SlashAsync(http, Next())), "answers", bot);
        Report($"HTTP slash command, concurrency {settings.Concurrency}", await RunConcurrentAsync(settings, () => SlashAsync(http, Next())), "answers", bot);
        Report("Socket Mode slash envelope, one at a time", await RunSequentialAsync(settings.Sequential, () => SlashEnvelopeAsync(slack, Next())), "answers", bot);
        Report($"Socket Mode slash envelope, concurrency {settings.Concurrency}", await RunConcurrentAsync(settings, () => SlashEnvelopeAsync(slack, Next())), "answers", bot);
        Report("Socket Mode events_api envelope (ack only), one at a time", await RunSequentialAsync(settings.Sequential, () => EventEnvelopeAsync(slack, Next())), "acks", bot);

        // Events are acked first and answered by the workers through chat.postMessage (to the fake). Each event has
        // its own channel, so this phase's answers are counted by channel: a late answer from the phase before cannot
        // stand in for a missing one, and a channel answered twice is a double answer.
        var first = next + 1;
        var answering = Stopwatch.StartNew();
        var events = await RunConcurrentAsync(settings, () => EventEnvelopeAsync(slack, Next()));
        Report($"Socket Mode events_api envelope (ack only), concurrency {settings.Concurrency}", events, "acks", bot);
        var channels = Enumerable.Range(first, next - first + 1).Select(i => $"C{i}").ToList();
        var answers = 0;
        while ((answers = slack.AnsweredIn(channels)) < channels.Count && answering.Elapsed < TimeSpan.FromSeconds(120))
        {
            await Task.Delay(5);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  events answered via chat.postMessage: {answers}/{channels.Count} in {answering.Elapsed.TotalSeconds:0.00} s = {answers / answering.Elapsed.TotalSeconds:0} answers/s; "
            + $"channels answered twice in the whole run: {slack.ChannelsAnsweredTwice}"));
        Console.WriteLine($"peak RSS (VmHWM) of the bot: {bot.PeakRssMegabytes():0.0} MB");
        if (settings.HoldSeconds > 0)
        {
            Console.WriteLine($"holding the bot (pid {bot.Id}) for {settings.HoldSeconds} s");
            await Task.Delay(TimeSpan.FromSeconds(settings.HoldSeconds));
            Console.WriteLine($"after {settings.HoldSeconds} s idle: {bot.Memory()}");
        }

        bot.Dispose();
        data.Delete(recursive: true);
        return 0;
    }

    private static void Report(string phase, Latencies latencies, string unit, BotHost bot) =>
        Console.WriteLine($"{phase}: {latencies.Summary(unit)}; {bot.Memory()}");

    private static async Task<Latencies> RunSequentialAsync(int count, Func<Task> send)
    {
        var latencies = new Latencies(count);
        var total = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await send();
            latencies.Add(start);
        }

        latencies.Elapsed = total.Elapsed;
        return latencies;
    }

    private static async Task<Latencies> RunConcurrentAsync(LoadSettings settings, Func<Task> send)
    {
        var latencies = new Latencies(settings.Requests);
        var remaining = settings.Requests;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, settings.Concurrency).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                var start = Stopwatch.GetTimestamp();
                await send();
                latencies.Add(start);
            }
        })));
        latencies.Elapsed = total.Elapsed;
        return latencies;
    }

    /// <summary>Which asker sends request i (each asker has their own channel).</summary>
    private static Func<int, int> User { get; set; } = i => i;

    private static string SlashForm(int i) =>
        $"token=x&team_id=T1&team_domain=load&channel_id=C{User(i)}&channel_name=load&user_id=U{User(i)}&user_name=u&command=%2Fdeal"
        + $"&text={Uri.EscapeDataString(Questions[i % Questions.Length])}&api_app_id=A1"
        + $"&response_url=http%3A%2F%2F127.0.0.1%3A9%2Fresponse%2F{i}&trigger_id=load.{i}";

    private static async Task SlashAsync(HttpClient http, int i)
    {
        var body = SlashForm(i);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/slack/commands")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Add(SlackSignature.TimestampHeader, timestamp);
        request.Headers.Add(SlackSignature.SignatureHeader, SlackSignature.Compute(SlackFake.SigningSecret, timestamp, Encoding.UTF8.GetBytes(body)));
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode || !text.Contains("\"blocks\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"slash command {i}: {(int)response.StatusCode} {text[..Math.Min(200, text.Length)]}");
        }
    }

    private static async Task SlashEnvelopeAsync(SlackFake slack, int i)
    {
        if ((await slack.SendEnvelopeAsync(Replica, $"s{i}", SlackFake.SlashEnvelope($"s{i}", SlashForm(i)))).Body.Length == 0)
        {
            throw new InvalidOperationException($"envelope s{i} acked without the answer");
        }
    }

    private static Task EventEnvelopeAsync(SlackFake slack, int i)
    {
        var question = Questions[i % Questions.Length].Replace("\"", "", StringComparison.Ordinal);
        var envelope = $"{{\"type\":\"events_api\",\"envelope_id\":\"e{i}\",\"accepts_response_payload\":false,\"payload\":"
            + $"{{\"type\":\"event_callback\",\"team_id\":\"T1\",\"event_id\":\"Ev{i}\",\"event_time\":1764244800,"
            + $"\"event\":{{\"type\":\"app_mention\",\"user\":\"U{User(i)}\",\"channel\":\"C{i}\",\"ts\":\"1764244800.{i:D6}\",\"text\":\"<@UBOT> {question}\"}}}}}}";
        return slack.SendEnvelopeAsync(Replica, $"e{i}", envelope);
    }
}
