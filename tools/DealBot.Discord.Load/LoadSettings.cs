using System.Globalization;

namespace DealBot.Discord.Load;

/// <summary>How much load to send; <see cref="OutageRate"/> above 0 runs the outage run instead (<see cref="OutageRun"/>).</summary>
internal sealed record LoadSettings(int Messages, int Concurrency, int Warmup, int PacedSeconds, int CeilingRequestsPerSecond, int RatePerSecond, int OutageRate)
{
    public static LoadSettings Parse(string[] args)
    {
        int Get(string name, int fallback)
        {
            var index = Array.IndexOf(args, "--" + name);
            return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
        }

        return new LoadSettings(Get("messages", 20_000), Get("concurrency", 16), Get("warmup", 2_000), Get("paced-seconds", 5), Get("ceiling-rps", 100_000), Get("rate", 2_000), Get("outage", 0));
    }
}
