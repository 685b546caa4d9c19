namespace DealBot.Core.Quantities;

/// <summary>
/// A value with the range the facts allow. When the facts agree, <see cref="Low"/> = <see cref="Value"/> = <see cref="High"/>;
/// DealBot reports a range instead of a false point value whenever they differ.
/// </summary>
public readonly record struct Estimate<T>(T Low, T Value, T High) where T : struct, IComparable<T>
{
    public static Estimate<T> Exactly(T value) => new(value, value, value);

    public bool IsExact => Low.CompareTo(High) == 0;

    public Estimate<TResult> Map<TResult>(Func<T, TResult> map) where TResult : struct, IComparable<TResult>
    {
        var low = map(Low);
        var high = map(High);
        // A decreasing map (e.g. price ÷ count) swaps the ends.
        return low.CompareTo(high) <= 0 ? new(low, map(Value), high) : new(high, map(Value), low);
    }
}
