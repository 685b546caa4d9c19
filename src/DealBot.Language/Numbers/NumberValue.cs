namespace DealBot.Language.Numbers;

/// <summary>
/// A numeral as written. <see cref="Exact"/> is false when it does not fit a decimal (e.g. "1e40"), and then
/// only <see cref="Approx"/> (possibly infinite, for "1e400") is meaningful.
/// </summary>
internal readonly record struct NumberValue(decimal Value, double Approx, bool Exact, int IntegerDigits, bool HasPoint)
{
    /// <summary>A plain whole number of one to four digits, the shape of a year, month or day ("1e3" is not).</summary>
    public bool IsSmallWhole =>
        Exact && !HasPoint && IntegerDigits <= 4 && Value is >= 0m and <= 9_999m && Value == decimal.Truncate(Value);

    public int AsInt => IsSmallWhole ? (int)Value : -1;
}
