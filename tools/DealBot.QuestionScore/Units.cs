using System.Globalization;

namespace DealBot.QuestionScore;

/// <summary>
/// A unit string read as a scale and a dimension vector, so that answers in the same dimension but another
/// scale (USD vs USD billion, MW vs GW, hours vs days, MWh vs TWh) can be compared. Deliberately small: the
/// bank's and the bot's spellings, nothing more. Time is in hours (month 730 h, year 8,760 h: the bot's conventions).
/// </summary>
internal sealed record UnitInfo(double Scale, string Dimension)
{
    private static readonly Dictionary<string, (double Scale, string[] Dims)> Tokens = Build();

    /// <summary>Parses a unit, or returns null when a token is unknown.</summary>
    public static UnitInfo? Parse(string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit))
        {
            return null;
        }

        var text = unit.Trim().ToLowerInvariant();
        if (text is "calendar_year" or "calendar year")
        {
            return new UnitInfo(1, "calendar_year");
        }

        text = text.Replace(" per ", "/", StringComparison.Ordinal)
            .Replace('_', ' ').Replace('·', ' ').Replace('*', ' ').Replace('×', ' ')
            .Replace('(', ' ').Replace(')', ' ').Replace('-', ' ');
        var dims = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var scale = 1.0;
        var segments = text.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var sign = i == 0 ? 1 : -1;
            foreach (var token in segments[i].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!Tokens.TryGetValue(token, out var t))
                {
                    return null;
                }

                scale = sign > 0 ? scale * t.Scale : scale / t.Scale;
                foreach (var d in t.Dims)
                {
                    dims[d] = dims.GetValueOrDefault(d) + sign;
                }
            }
        }

        var dimension = string.Join('.', dims.Where(kv => kv.Value != 0)
            .Select(kv => kv.Key + "^" + kv.Value.ToString(CultureInfo.InvariantCulture)));
        return new UnitInfo(scale, dimension.Length == 0 ? "1" : dimension);
    }

    private static Dictionary<string, (double, string[])> Build()
    {
        var table = new Dictionary<string, (double, string[])>(StringComparer.Ordinal);
        void Add(double scale, string[] dims, params string[] names)
        {
            foreach (var name in names)
            {
                table[name] = (scale, dims);
            }
        }

        string[] none = [], money = ["money"], power = ["power"], time = ["time"], energy = ["power", "time"];
        Add(1, money, "usd", "$", "dollar", "dollars");
        Add(0.01, money, "cent", "cents", "¢");
        Add(1e3, none, "thousand", "thousands");
        Add(1e6, none, "million", "millions", "mn");
        Add(1e9, none, "billion", "billions", "bn");
        Add(1e12, none, "trillion", "trillions", "tn");
        Add(1, power, "w", "watt", "watts");
        Add(1e3, power, "kw");
        Add(1e6, power, "mw");
        Add(1e9, power, "gw");
        Add(1e12, power, "tw");
        Add(1, energy, "wh");
        Add(1e3, energy, "kwh");
        Add(1e6, energy, "mwh");
        Add(1e9, energy, "gwh");
        Add(1e12, energy, "twh");
        Add(1.0 / 3600, time, "s", "sec", "secs", "second", "seconds");
        Add(1.0 / 60, time, "min", "mins", "minute", "minutes");
        Add(1, time, "h", "hr", "hrs", "hour", "hours");
        Add(24, time, "d", "day", "days");
        Add(168, time, "wk", "week", "weeks");
        Add(730, time, "mo", "month", "months");
        Add(2190, time, "quarter", "quarters");
        Add(8760, time, "y", "yr", "yrs", "year", "years");
        Add(1, ["accelerator"], "gpu", "gpus", "tpu", "tpus", "chip", "chips", "accelerator", "accelerators");
        Add(1, ["home"], "home", "homes", "household", "households");
        Add(1, ["rack"], "rack", "racks");
        Add(1, ["server"], "server", "servers");
        Add(1, ["flop"], "flop", "flops");
        Add(0.01, none, "percent", "%", "pct");
        Add(1, none, "ratio");
        return table;
    }
}
