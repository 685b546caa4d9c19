using DealBot.Core.Quantities;

namespace DealBot.Language.Units;

/// <summary>Gives each quantity its role by unit: "$2.50/hr" prices a GPU-hour, "8 cents per kWh" electricity, a bare "$1.25B" is a budget.</summary>
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
                },
                QuantityKind.Percent => p with { Utilisation = p.Utilisation ?? q.Value },
                QuantityKind.Flops => p with { TrainingFlops = p.TrainingFlops ?? q.Approx },
                _ => p,
            };
        }

        return p;
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

        return rate == RateUnit.None ? p with { Budget = p.Budget ?? money } : p;
    }

    /// <summary>"$4M per MW-month" as is; per MW-year or per MW a twelfth of it; per GW a thousandth; per kW a thousand times.</summary>
    private static Money PerMwMonth(Money money, RateUnit rate)
    {
        var perMw = (rate & RateUnit.Gw) != 0 ? money / 1_000m : (rate & RateUnit.Kw) != 0 ? money * 1_000m : money;
        return (rate & RateUnit.Month) != 0 ? perMw : perMw / 12m;
    }

    private static Money PerKwh(Money money, RateUnit rate) =>
        (rate & RateUnit.Mwh) != 0 ? money / 1_000m : (rate & RateUnit.Gwh) != 0 ? money / 1_000_000m : money;
}
