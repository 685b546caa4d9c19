namespace DealBot.Core.Units;

/// <summary>
/// A unit: its machine spelling ("USD/kW/month", the JSON <c>unit</c>), its dimension and its size in base units
/// (USD, hour, MW, GPU, home, server, rack, FLOP). Units are made from units — "kWh" is kW × h, "$/MWh" is
/// USD ÷ MWh — so one table (<see cref="Prelude"/>) is the only place a factor is written.
/// </summary>
public sealed class Unit : IEquatable<Unit>
{
    public Unit(string symbol, Dimension dimension, decimal factor, string? singular = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(symbol);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(factor);
        Symbol = symbol;
        Dimension = dimension;
        Factor = factor;
        Singular = singular ?? symbol;
    }

    /// <summary>The symbol for one, used after "per" and before a hyphen: "homes" counts, "kW/home" divides.</summary>
    public string Singular { get; }

    public string Symbol { get; }

    public Dimension Dimension { get; }

    /// <summary>How many base units one of this is: a month is 730 hours, a kW 0.001 MW.</summary>
    public decimal Factor { get; }

    /// <summary>"MW" × "months" = "MW-months" (one "MW-month"); "GPU" × "hours" = "GPU-hours".</summary>
    public Unit Times(Unit other) => new($"{Singular}-{other.Symbol}", Dimension * other.Dimension, Factor * other.Factor, $"{Singular}-{other.Singular}");

    /// <summary>"USD" per "MWh" = "USD/MWh".</summary>
    public Unit Per(Unit other) => new($"{Symbol}/{other.Singular}", Dimension / other.Dimension, Factor / other.Factor);

    /// <summary>
    /// The same "per" with another amount: "USD/GPU/hour" in cents is "¢/GPU/hour", "USD/GW" in homes "homes/GW". Null
    /// when this unit is no amount of dollars per something.
    /// </summary>
    public Unit? WithAmount(Unit amount) =>
        Symbol.StartsWith("USD/", StringComparison.Ordinal) && Dimension[BaseDimension.Money] == 1
            ? new Unit(amount.Symbol + Symbol[3..], Dimension / Dimension.Money * amount.Dimension, Factor * amount.Factor)
            : null;

    /// <summary>This unit counted in <paramref name="scale"/>s: "billion USD" for "in billions".</summary>
    public Unit Scaled(string word, decimal scale) => new($"{word} {Symbol}", Dimension, Factor * scale);

    public bool Equals(Unit? other) => other is not null && Symbol == other.Symbol && Dimension == other.Dimension && Factor == other.Factor;

    public override bool Equals(object? obj) => Equals(obj as Unit);

    public override int GetHashCode() => HashCode.Combine(Symbol, Dimension, Factor);

    public override string ToString() => Symbol;
}
