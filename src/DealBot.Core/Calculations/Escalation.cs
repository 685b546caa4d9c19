namespace DealBot.Core.Calculations;

/// <summary>
/// A fee that rises by a share every year, compounded: year 1 at the base, year n at base × (1 + rate)ⁿ⁻¹. The
/// conventions say nothing of escalation, so this is the reading the answer states as its assumption.
/// </summary>
public static class Escalation
{
    /// <summary>Longer than any deal: the factor of year 200 at 100 % a year would overflow decimal.</summary>
    public const int MaxYears = 100;

    /// <summary>The multiple of the base in year <paramref name="year"/> (1-based).</summary>
    public static decimal Factor(decimal rate, int year)
    {
        var factor = 1m;
        for (var k = 1; k < year; k++)
        {
            factor *= 1m + rate;
        }

        return factor;
    }

    /// <summary>The sum of the factors of years 1 … <paramref name="years"/>: the total in multiples of the yearly base.</summary>
    public static decimal Total(decimal rate, int years)
    {
        var total = 0m;
        for (var year = 1; year <= years; year++)
        {
            total += Factor(rate, year);
        }

        return total;
    }
}
