using DealBot.Core.Units;
using DealBot.Language.Entities;
using DealBot.Language.Tokens;
using DealBot.Language.Vocabulary;

namespace DealBot.Language.Composition;

/// <summary>
/// Reads a unit expression from the tokens: "MW", "$/kW/month", "USD per MWh", "W/GPU", "GPU-hours", "¢/kWh",
/// "$ per watt per year", "kW-month", "gpu hour". Every unit comes from the <see cref="Prelude"/>; the reader only
/// knows how units are joined ("/", "per", "a", "-", and a GPU or power unit right before a time unit).
/// </summary>
internal static class UnitReader
{
    public static bool TryRead(ref Sentence s, int i, out Unit unit, out int end)
    {
        unit = Prelude.One;
        end = i;
        if (Word(ref s, i) is not { } first)
        {
            return false;
        }

        end = Continue(ref s, i + 1, first, out unit);
        return true;
    }

    /// <summary>
    /// Joins what follows <paramref name="start"/> onto it, left to right: "$" + "/kW/month" is USD per kW per month,
    /// never USD per (kW per month). Returns the end.
    /// </summary>
    /// <remarks>"…, per kW per month?" starts a unit at the comma: <paramref name="afterComma"/> lets the first join cross it.</remarks>
    public static int Continue(ref Sentence s, int j, Unit start, out Unit unit, bool afterComma = false)
    {
        unit = start;
        for (var first = true; ; first = false)
        {
            if (s.IsCommaBefore(j) && !(first && afterComma))
            {
                // "$2.35/hr, per year?": the comma ends the unit; what follows asks for another.
                return j;
            }

            // "PFLOP/s", "teraflops per second": a prefixed FLOP is already a speed, and says so twice.
            if (unit.Dimension == Dimension.Flop / Dimension.Time && IsPer(ref s, j) && Denominator(ref s, j + 1) == Prelude.Second)
            {
                j += 2;
            }
            // "300MW -> $/MWh": an arrow, not a product; nothing is a product with dollars.
            else if (IsJoiningDash(ref s, j) && Word(ref s, j + 1) is { } product && product.Dimension[BaseDimension.Money] == 0)
            {
                (unit, j) = (unit.Times(product), j + 2);
            }
            // "$2.50/hr per month": nothing is per time twice, so the second "per" asks for a period.
            // "500 MW per year": a power is no rate of anything over time, so "per year" asks the period of a cost; nor is a
            // length per itself ("$5B over 8760 hours per hour"; "hours per day" is a share of the day).
            else if (IsPer(ref s, j) && !s.IsCommaBefore(j + 1) && Denominator(ref s, j + 1) is { } denominator && denominator != Prelude.Usd
                && !(denominator.Dimension == Dimension.Time
                    && (unit.Dimension[BaseDimension.Time] < 0 || unit.Dimension == Dimension.Power || unit == denominator)))
            {
                // A product binds tighter than "per": "$/GPU-hour" is dollars per (GPU × hour). "per-MW-month" has a dash.
                var after = s.IsDash(j + 1) ? j + 3 : j + 2;
                j = Product(ref s, after, denominator, out var divisor);
                unit = unit.Per(divisor);
            }
            else if (JoinsByJuxtaposition(unit, Word(ref s, j)) is { } time)
            {
                // "gpu hour", "mw month": people drop the hyphen.
                (unit, j) = (unit.Times(time), j + 1);
            }
            else
            {
                return j;
            }
        }
    }

    /// <summary>
    /// "MW-month": a hyphen with no space either side joins two units; "for 30 days — MWh?" and "30 days - MWh" set
    /// the unit asked apart from the amount.
    /// </summary>
    private static bool IsJoiningDash(ref Sentence s, int j) => s.IsDash(j) && s.Tokens[j].Glued && j + 1 < s.Count && s.Tokens[j + 1].Glued;

    /// <summary>"GPU-hour", "MW month": units joined by a hyphen or side by side. Returns the end.</summary>
    private static int Product(ref Sentence s, int j, Unit first, out Unit unit)
    {
        unit = first;
        while (!s.IsCommaBefore(j))
        {
            if (IsJoiningDash(ref s, j) && Word(ref s, j + 1) is { } next)
            {
                (unit, j) = (unit.Times(next), j + 2);
            }
            else if (JoinsByJuxtaposition(unit, Word(ref s, j)) is { } time)
            {
                (unit, j) = (unit.Times(time), j + 1);
            }
            else
            {
                break;
            }
        }

        return j;
    }

    /// <summary>"/", "per", "each", "every", "a" or "an" before a unit: the unit divides ("$2B a month").</summary>
    public static bool IsPer(ref Sentence s, int j) =>
        s.IsSymbol(j, '/') || s.IsWord(j, Vocabulary.Word.Per) || s.IsText(j, "a") || s.IsText(j, "an");

    /// <summary>The unit after "per" at <paramref name="i"/>, skipping the dash of "per-MW-month".</summary>
    public static Unit? Denominator(ref Sentence s, int i) => s.IsDash(i) ? Word(ref s, i + 1) : Word(ref s, i);

    /// <summary>The prelude unit one token names, or null. A catalog accelerator ("H100s") is a GPU.</summary>
    public static Unit? Word(ref Sentence s, int i)
    {
        if (!s.IsFree(i))
        {
            return null;
        }

        ref readonly var token = ref s.Tokens[i];
        return token.Kind switch
        {
            TokenKind.Symbol => token.Symbol switch
            {
                '$' => Prelude.Usd,
                '¢' => Prelude.Cent,
                '%' => Prelude.Percent,
                _ => null,
            },
            TokenKind.Word when token.Entity.Kind == EntityKind.Hardware => Prelude.Gpu,
            TokenKind.Word => Prelude.Find(s.TextOf(i)),
            _ => null,
        };
    }

    private static Unit? JoinsByJuxtaposition(Unit unit, Unit? next) =>
        next is not null && next.Dimension == Dimension.Time
        && (unit.Dimension == Dimension.Gpu || unit.Dimension == Dimension.Power) ? next : null;
}
