using System.Globalization;

namespace DealBot.Slack.Load;

/// <summary>
/// How much load to send: requests one at a time, then a total at a concurrency, over HTTP and Socket Mode.
/// <see cref="Users"/> askers take turns (each in their own channel); 0 means every request is a new user.
/// <see cref="RatePerMinute"/> is the bot's per-user limit (the host's default is 20). <see cref="HoldSeconds"/> keeps the bot
/// running after the last phase (to take a heap dump, or to watch its memory settle). <see cref="OutageRate"/> above 0
/// runs the outage run instead (<see cref="OutageRun"/>): two replicas and a redis-server, that many messages a second.
/// </summary>
internal sealed record LoadSettings(int Warmup, int Sequential, int Requests, int Concurrency, int Users, int RatePerMinute, int HoldSeconds, int OutageRate)
{
    public static LoadSettings Parse(string[] args)
    {
        var settings = new LoadSettings(Warmup: 2000, Sequential: 2000, Requests: 20000, Concurrency: 50, Users: 0, RatePerMinute: 20, HoldSeconds: 0, OutageRate: 0);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            settings = args[i] switch
            {
                "--warmup" => settings with { Warmup = value },
                "--sequential" => settings with { Sequential = value },
                "--requests" => settings with { Requests = value },
                "--concurrency" => settings with { Concurrency = value },
                "--users" => settings with { Users = value },
                "--rate" => settings with { RatePerMinute = value },
                "--hold" => settings with { HoldSeconds = value },
                "--outage" => settings with { OutageRate = value },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return settings;
    }
}
