using DealBot.Core.Queries;
using DealBot.Language.Tokens;
using DealBot.Language.Units;
using DealBot.Language.Vocabulary;

namespace DealBot.Language.Intents;

/// <summary>
/// Decides what a question asks for. Rules run from the most specific wording to the most general, so
/// "how many homes could it power" is Homes before "power" can mean capacity, and "how long to train" is
/// training time before "how long" can mean the end date.
/// </summary>
internal static class MeasureDetector
{
    public static Measure Detect(ref Sentence s, in MeasureContext c) => Detect(ref s, c, out _);

    /// <summary>The measure, and the units of the "per …" phrases it was read from (<see cref="RateUnit.None"/> when none).</summary>
    public static Measure Detect(ref Sentence s, in MeasureContext c, out RateUnit asked)
    {
        asked = RateUnit.None;
        if (s.Has(Word.Train) || (c.HasFlops && (s.Has(Word.Long) || s.Has(Word.Time) || s.Has(Word.Take))))
        {
            return Measure.TimeToTrain;
        }

        if (s.Has(Word.Homes))
        {
            return Measure.Homes;
        }

        var asksGpuCount = Phrases.AsksGpuCount(ref s);
        var powerVerb = s.Has(Word.Feed) || c.HasPower || ((s.Has(Word.Power) || s.Has(Word.Run)) && s.Has(Word.Can));
        // "GPUs for 300 megawatts": the user's power counted in accelerators.
        var gpusForGivenPower = c.HasPower && !c.DealNamed && (s.Has(Word.Gpu) || Phrases.NamesHardware(ref s));
        if ((asksGpuCount && powerVerb) || Phrases.PowerInGpus(ref s) || gpusForGivenPower)
        {
            return Measure.GpusForPower;
        }

        // The user's own power at the user's own price, no deal: the bill over the period asked ("per month").
        if (c.HasPower && c.HasElectricityPrice && !c.DealNamed)
        {
            return RateMeasures.MeasureOf(RateMeasures.ReadAsked(ref s)) ?? Measure.Summary;
        }

        if (AsksElectricityShare(ref s, c))
        {
            // "how much is the power bill", "electricity cost per year": dollars; "what share", "how much of the fee": a share.
            var share = s.Has(Word.Share) || s.Has(Word.Percent) || Phrases.HasFreeSymbol(ref s, '%') || s.Has(Word.Fee) || (Phrases.HowMuch(ref s) && s.Has(Word.Of));
            asked = RateMeasures.ReadAsked(ref s);
            // After a bill, "at 7 cents?" asks the bill again at that price; "electricity per month at 9 cents" is a bill.
            // "colossus electricity in 2027 at 9 cents" is an amount over months, never a share.
            return share || (c.HasElectricityPrice && !s.Has(Word.Bill) && !s.Has(Word.Pay) && !c.BillAskedBefore && RateMeasures.PeriodOf(asked) is null
                && !c.HasWindow && !c.WindowToTerm)
                ? Measure.ElectricityShare : Measure.ElectricityBill;
        }

        if (Phrases.ComputePerMonth(ref s))
        {
            asked = RateMeasures.ReadAsked(ref s);
            return Measure.FlopsPerMonth;
        }

        var rate = RateMeasures.ReadAsked(ref s);
        asked = rate;
        if (s.Has(Word.Energy) || s.Has(Word.Mwh) || s.Has(Word.Gwh) || s.Has(Word.Twh))
        {
            return (rate & RateUnit.Month) != 0 ? Measure.EnergyPerMonth
                : (rate & RateUnit.Year) != 0 ? Measure.EnergyPerYear
                : c.WindowToTerm || s.Has(Word.Total) || s.Has(Word.Term) ? Measure.EnergyOverTerm
                : Measure.EnergyPerYear;
        }

        // "how much compute" is FLOPs; "how much per year does the compute cost" is money.
        var costWords = s.Has(Word.Pay) || s.Has(Word.Price) || s.Has(Word.Fee);
        if (s.Has(Word.Flop) || (Phrases.HowMuch(ref s) && s.Has(Word.Compute) && !costWords))
        {
            return Measure.FlopsPerMonth;
        }

        if (Termination(ref s, c) is { } termination)
        {
            return termination;
        }

        return RateMeasures.MeasureOf(rate) ?? Lookup(ref s, asksGpuCount, c);
    }

    /// <summary>"how much of it is electricity", "electricity share", "power bill", "at 8 cents per kWh".</summary>
    private static bool AsksElectricityShare(ref Sentence s, in MeasureContext c)
    {
        // With the user's own power and no deal there is no fee to take a share of: it is the user's own bill.
        if (c.HasPower && !c.DealNamed)
        {
            return false;
        }

        var bill = s.Has(Word.Bill) || s.Has(Word.Pay) || s.Has(Word.Price);
        if (s.Has(Word.Energy))
        {
            return s.Has(Word.Share) || s.Has(Word.Percent) || Phrases.HasFreeSymbol(ref s, '%') || bill || c.HasElectricityPrice
                || (Phrases.HowMuch(ref s) && s.Has(Word.Of));
        }

        return (s.Has(Word.Power) && (s.Has(Word.Bill) || s.Has(Word.Share) || CostOfPower(ref s))) || c.HasElectricityPrice;
    }

    /// <summary>"what month did it go full rate", "which year does it start": a "when" in other words.</summary>
    private static bool AsksWhichMonth(ref Sentence s)
    {
        for (var i = 0; i + 1 < s.Count; i++)
        {
            if (s.TextOf(i) is "what" or "which" && (s.IsWord(i + 1, Word.Month) || s.IsWord(i + 1, Word.Year) || s.IsWord(i + 1, Word.Date)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"power bill", "electricity cost", "power cost per month": the question is about paying for energy.</summary>
    public static bool AsksPowerBill(ref Sentence s) => s.Has(Word.Bill) || s.Has(Word.Energy) || CostOfPower(ref s);

    /// <summary>"power cost per month", "spend on power", "paying for power": the power bill, not the fee for the capacity.</summary>
    private static bool CostOfPower(ref Sentence s)
    {
        for (var i = s.Find(Word.Power); i >= 0; i = s.Find(Word.Power, i + 1))
        {
            if (s.IsText(i + 1, "cost") || s.IsText(i + 1, "costs") || s.IsText(i + 1, "spend") || s.IsText(i + 1, "spending")
                || ((s.IsText(i - 1, "on") || s.IsText(i - 1, "for")) && (s.HasText("spend") || s.HasText("spends") || s.HasText("spent")
                    || s.HasText("spending"))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Cancel wording asks what must still be paid when it names a date or an amount ("if they cancel today",
    /// "how much if they terminate") and about the terms otherwise ("can they cancel?").
    /// </summary>
    private static Measure? Termination(ref Sentence s, in MeasureContext c)
    {
        if (s.Has(Word.Minimum))
        {
            return Measure.MinimumCommitment;
        }

        if (!Phrases.Cancels(ref s))
        {
            return null;
        }

        var asksAmount = s.Has(Word.Pay) || (Phrases.HowMuch(ref s) && !s.HasPair(Word.Much, Word.Cancel));
        return c.NoticeNamed || asksAmount || s.Has(Word.If) || s.Has(Word.Suppose) ? Measure.MinimumCommitment : Measure.Termination;
    }

    /// <summary>Facts about the deal: dates, hardware, capacity, parties, totals, fees.</summary>
    private static Measure Lookup(ref Sentence s, bool asksGpuCount, in MeasureContext c)
    {
        var when = s.Has(Word.When) || ((s.Has(Word.Month) || s.Has(Word.Year) || s.Has(Word.Date)) && AsksWhichMonth(ref s));
        // "the term" is the end date, but "how much in total over the full term" is a total.
        var money = s.Has(Word.Total) || s.Has(Word.Pay) || Phrases.HowMuch(ref s);
        // "how many months is the deal", "how many years left": its length, told by when it ends.
        var length = s.HasPair(Word.How, Word.Long) || (Phrases.HowManyOf(ref s, Word.Month, Word.Year) && !money);
        // "how much … between now and the end of the deal": the end bounds the money asked, it is not what is asked.
        var ends = (s.Has(Word.End) && !Phrases.EndUp(ref s) && !(money && !when)) || s.Has(Word.Ended) || (s.Has(Word.Term) && !money) || length;
        // "when does it run until", "what year does it run out".
        if (ends || (when && (s.Has(Word.Until) || s.Has(Word.Last) || s.Has(Word.Run))) || (s.Has(Word.Run) && s.HasText("out")))
        {
            return Measure.End;
        }

        // "start to finish, how much total?": the start bounds the money asked.
        if (when || ((s.Has(Word.Start) || s.Has(Word.Started)) && !s.Has(Word.Total) && !Phrases.HowMuch(ref s)))
        {
            return Measure.Start;
        }

        if (asksGpuCount || Phrases.NamesGpusInPlural(ref s))
        {
            return Measure.GpuCount;
        }

        if (s.Has(Word.Hardware) || s.Has(Word.Gpu))
        {
            return Measure.Hardware;
        }

        // "the msft nebius deal size" is what it is worth, as deal sizes are told in dollars.
        if (Phrases.DealSize(ref s))
        {
            return Measure.Total;
        }

        if (s.Has(Word.Capacity) || s.Has(Word.Power) || s.Has(Word.Mw) || s.Has(Word.Gw) || Phrases.HowManyOf(ref s, Word.Mw, Word.Gw))
        {
            return Measure.Capacity;
        }

        // "the fee during the ramp", "the reduced rate in the ramp": one month's fee, not what the ramp months came to.
        if (c.RampWindow && !c.IsWhatIf && (s.HasText("fee") || s.HasText("rate") || s.HasText("price")) && !s.Has(Word.Total) && !s.Has(Word.Pay))
        {
            return Measure.MonthlyCost;
        }

        // In "what if the fee were $2B", "fee" names what changes, not what to show.
        var paying = !c.IsWhatIf && (s.Has(Word.Pay) || s.Has(Word.Price) || (c.DealNamed && Phrases.HowMuch(ref s)));

        // "who is the buyer", "who pays whom"; but in "…who said what. anyway how much in total?" the amount is asked.
        var amountAsked = Phrases.HowMuch(ref s) && (paying || s.Has(Word.Total) || s.Has(Word.Worth));
        if ((s.Has(Word.Who) || s.Has(Word.Parties)) && !amountAsked)
        {
            return Measure.Parties;
        }

        if (s.Has(Word.Total) || s.Has(Word.Worth) || Phrases.EndUp(ref s) || paying)
        {
            return Measure.Total;
        }

        // "payments in the first half of 2026": the fees of a window are its total.
        return s.Has(Word.Fee) && !c.IsWhatIf ? (c.HasWindow && !c.WindowToTerm ? Measure.Total : Measure.MonthlyCost) : Measure.Summary;
    }
}
