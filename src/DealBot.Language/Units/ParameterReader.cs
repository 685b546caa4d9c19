using DealBot.Core.Quantities;

namespace DealBot.Language.Units;

/// <summary>
/// Gives each quantity its role by unit: "$2.50/hr" prices a GPU-hour, "8 cents per kWh" electricity,
/// a bare "$1.25B" is a budget.
/// </summary>
internal static class ParameterReader
{
    private const RateUnit PowerUnits = RateUnit.Mw | RateUnit.Gw | RateUnit.Kw;
    private const RateUnit EnergyUnits = RateUnit.Mwh | RateUnit.Gwh | RateUnit.Kwh;

    public static Parameters Read(in QuantityList quantities, int hardware)
    {
        var p = new Parameters { Hardware = hardware };
        for (var i = 0; i < quantities.Count; i++)
        {
            var q = quantities[i];
            p = q.Kind switch
            {
                QuantityKind.Money => WithMoney(p, q),
                QuantityKind.Power => p with { Power = p.Power ?? Power.FromMegawatts(q.Value) },
                QuantityKind.Gpus => p with { GpuCount = p.GpuCount ?? q.Value, Hardware = q.Hardware >= 0 ? q.Hardware : p.Hardware },
                QuantityKind.Duration => p with
                {
                    Duration = p.Duration ?? Duration.FromHours(q.Value),
                    DurationMonths = p.DurationMonths ?? (q.Months > 0 ? q.Months : null),
                    DurationDays = p.DurationDays ?? (q.Days > 0 ? q.Days : null),
                },
                // "if the fee rose 10% at 50% utilisation": the one said of utilisation is the utilisation.
                QuantityKind.Percent => p with { Utilisation = q.OfUsage ? q.Value : p.Utilisation ?? q.Value, UtilisationSaid = p.UtilisationSaid || q.OfUsage },
                QuantityKind.Flops when p.TrainingFlops is null => p with { TrainingFlops = q.Approx, TrainingFlopsBare = q.Bare },
                _ => p,
            };
        }

        return ResolveAtPrice(p);
    }

    /// <summary>Whether a quantity is a fee ("$1B a month"), which describes a deal rather than asks about one.</summary>
    public static bool HasFee(in QuantityList quantities)
    {
        for (var i = 0; i < quantities.Count; i++)
        {
            if (quantities[i].Kind == QuantityKind.Money && MonthlyFeeOf(quantities[i]) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"10,000 H100s at $2" prices a GPU-hour; "1 GW at $4M" a MW-month. Otherwise the previous question decides.</summary>
    private static Parameters ResolveAtPrice(Parameters p)
    {
        if (p.AtPrice is not { } at)
        {
            return p;
        }

        if (p.GpuCount is not null || p.Budget is not null)
        {
            return p with { PricePerGpuHour = p.PricePerGpuHour ?? at, AtPrice = null };
        }

        return p.Power is not null ? p with { PricePerMwMonth = p.PricePerMwMonth ?? at, AtPrice = null } : p;
    }

    private static Parameters WithMoney(Parameters p, in Quantity q)
    {
        var rate = q.Rate;
        var money = Money.FromUsd(q.Value);
        if ((rate & PowerUnits) != 0)
        {
            return p with { PricePerMwMonth = p.PricePerMwMonth ?? PerMwMonth(money, rate) };
        }

        if ((rate & EnergyUnits) != 0 || (rate == RateUnit.None && q.InCents))
        {
            return p with { ElectricityPricePerKwh = p.ElectricityPricePerKwh ?? PerKwh(money, rate) };
        }

        if ((rate & RateUnit.Hour) != 0 || rate == RateUnit.Gpu)
        {
            return p with { PricePerGpuHour = p.PricePerGpuHour ?? money };
        }

        if (rate == (RateUnit.Gpu | RateUnit.Month))
        {
            return p with { PricePerGpuHour = p.PricePerGpuHour ?? money / Duration.HoursPerMonth };
        }

        if (rate == RateUnit.None)
        {
            return q.AfterAt ? p with { AtPrice = p.AtPrice ?? money } : p with { Budget = p.Budget ?? money };
        }

        return MonthlyFeeOf(q) is { } fee ? p with { MonthlyFee = p.MonthlyFee ?? fee } : p;
    }

    private const decimal DaysPerYear = 365m;

    /// <summary>A fee as a monthly amount: "$1B a month", "$12B a year", "$41M a day" (a day is 12/365 of a month, a week 7 days).</summary>
    public static Money? MonthlyFeeOf(in Quantity q) => q.Rate switch
    {
        RateUnit.Month => Money.FromUsd(q.Value),
        RateUnit.Year => Money.FromUsd(q.Value / 12m),
        RateUnit.Day => Money.FromUsd(q.Value * DaysPerYear / 12m),
        RateUnit.Week => Money.FromUsd(q.Value * DaysPerYear / 7m / 12m),
        _ => null,
    };

    /// <summary>"$4M per MW-month" as is; per MW-year or per MW a twelfth of it; per GW a thousandth; per kW a thousand times.</summary>
    private static Money PerMwMonth(Money money, RateUnit rate)
    {
        var perMw = (rate & RateUnit.Gw) != 0 ? money / 1_000m : (rate & RateUnit.Kw) != 0 ? money * 1_000m : money;
        return (rate & RateUnit.Month) != 0 ? perMw : perMw / 12m;
    }

    private static Money PerKwh(Money money, RateUnit rate) =>
        (rate & RateUnit.Mwh) != 0 ? money / 1_000m : (rate & RateUnit.Gwh) != 0 ? money / 1_000_000m : money;
}
