namespace DealBot.Language.Numbers;

/// <summary>
/// A number as meant: scale words applied ("1.25 billion"), cents turned into dollars, and whether it is
/// money. <see cref="Next"/> is the first token after it.
/// </summary>
internal readonly record struct Amount(decimal Value, double Approx, bool Exact, bool IsMoney, bool Negative, int Next)
{
    /// <summary>Written in cents ("8 cents", "9¢"), the way electricity prices are.</summary>
    public bool InCents { get; init; }

    /// <summary>Scaled by "million" or more: with no other unit, such a number is money ("1.25 billion").</summary>
    public bool HasLargeScale { get; init; }

    /// <summary>Money, power and counts beyond this are typing accidents, not questions (and would overflow the arithmetic).</summary>
    public const double Largest = 1e15;

    public bool IsTooLarge => !Exact || Approx > Largest;
}
