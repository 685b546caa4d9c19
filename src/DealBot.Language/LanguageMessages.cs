namespace DealBot.Language;

/// <summary>Every sentence the parser says to a user, in one place so tests and translators can find them.</summary>
public static class LanguageMessages
{
    public const string EmptyQuestion = "Ask me about a compute deal — its cost, scale or terms.";

    public const string NotUnderstood = "I didn't understand that question.";

    public const string WhichDeal = "I couldn't tell which deal you mean.";

    /// <summary>{0} a company, {1} how many deals it has, {2} their names, {3} one of them for the example.</summary>
    public const string WhichDealOfCompany =
        "{0} is in {1} deals I know ({2}), and your question could mean any of them. Name both sides, e.g. \"{3} per month\".";

    /// <summary>{0}: the unit asked, dollars per something counted.</summary>
    public const string CostPerCountFormat =
        "I can't give {0} for that: the count I'd work out is a number of things, not a price, and dollars per it over no period would be a guess. Ask for the count, e.g. \"how many homes could colossus power\", or a cost per period, e.g. \"xai per year\".";

    public const string HowManyMore =
        "I can work out the whole amount but not yet how much more it is than what a deal already has. Ask for the amount, e.g. \"325k gpus at 1.5 kW, how many MW\", and set it beside the deal's, e.g. \"colossus MW\".";

    public const string MixedBasis =
        "I set two deals against each other on one basis at a time, and your question mixes two (a fee and a total). Ask e.g. \"how many months of xai's fee would pay for the oracle total\" or \"how many times bigger is oracle than xai in total\".";

    public const string FeeMovesNoDate =
        "A new fee doesn't move when a deal starts or ends. To ask how long a fee takes to add up to an amount, give both, e.g. \"how many months at $1B a month to reach $45B\".";

    public const string WhatIfAgainstAnother =
        "I can change one deal at a time, but not yet set the changed deal against another one. Ask the what-if alone, e.g. \"what if xai's fee rose 10%, per month?\", then compare the figures, e.g. \"compare xai and google xai per month\".";

    public const string WhichDeals = "I couldn't tell which deals to compare.";

    public const string ContrastOfTwo = "A difference or a ratio is of two deals, and I have more than two in view. Name the two, "
        + "e.g. \"difference between xai and google xai per year\".";

    public const string EscalationWindow = "A fee rising each year counts years of the deal from its start, not calendar months, so "
        + "I can't give it over the months asked before. Ask over the term or for one year of it, e.g. \"xai total with 3% escalation a year\" "
        + "or \"xai monthly fee in year 3 with 3% escalation\".";

    public const string FlopAmountUnused = "I use an amount of FLOP only to work out how long a training run takes, e.g. "
        + "\"how long would 1e26 FLOP take on colossus\"; I don't convert FLOP amounts, and a deal's own FLOP would answer something else.";

    public const string BothWhich = "I couldn't tell which two figures you mean: I keep one question at a time, not the answers before it. Name both "
        + "deals in one message, e.g. \"xai plus google xai per year\", or ask one figure over the whole window, e.g. \"xai total from jan 2027 to dec 2028\".";

    public const string TooLarge = "That number is too large for me.";

    public const string NotPositive = "I can only work with amounts above zero.";

    public const string WhichMonth = "I couldn't tell which month you mean.";

    public const string UtilisationOutOfRange = "Utilisation has to be between 0 and 100%.";

    public const string ReversedWindow = "That window ends before it starts.";

    public const string FlopsPeriod =
        "I work out a deal's compute as FLOPs in a month (at the utilisation I state), and I won't scale that to another period for you without saying so. Ask \"xai flops per month\", then multiply, or ask for a training run, e.g. \"how long to train 1e26 FLOPs on colossus\".";

    public const string PueOfItLoad =
        "That power is the IT load already, so a PUE has no place in how many GPUs or racks it runs. Ask without the PUE, or give the facility's power, e.g. \"how many 1 kW GPUs can a 26 MW site at PUE 1.3 run\".";

    public const string PueSide =
        "I can't tell whether that power is the IT load or the whole facility's draw, and the PUE goes the other way for each. Say which, e.g. \"IT load 80 MW, PUE 1.25, facility power?\" or \"a 100 MW site at PUE 1.25, IT load?\".";

    public const string MonthList =
        "I total one run of months at a time, and I couldn't place every month you named in it. Ask for a range, e.g. \"xai total from january through march 2027\", or one month at a time.";

    public const string PhaseInWindow =
        "I can't count the ramp or the full-rate months inside another window (what's left, or so far) yet, and either alone would count other months. Ask e.g. \"how many months are left on the xai deal\" or \"how many full-rate months does it have\".";

    public const string Thanks = "You're welcome! Ask me anything else about a compute deal.";

    /// <summary>"which deal is the cheapest per MW": a ranking of the whole catalog, which the bot does not do.</summary>
    public const string CannotRank = "I can't rank every deal at once. Name the deals and I'll compare them, e.g. \"compare xai, oracle and iren per MW-year\".";

    public const string TooLong = "That message is too long — ask one question at a time.";

    /// <summary>A suggestion that repeats the question with a misspelt name corrected; {0} is the corrected question.</summary>
    public const string DidYouMeanFormat = "Did you mean \"{0}\"?";

    /// <summary>Example question; {0} and {1} are the buyer and seller of the default deal.</summary>
    public const string ExampleTotalFormat = "How much will {0} pay {1} in total?";

    /// <summary>Example question; {0} is the name of the default deal.</summary>
    public const string ExamplePerMwFormat = "{0} per MW-year";

    /// <summary>Example question; {0} and {1} are the names of two catalog deals.</summary>
    public const string ExampleCompareFormat = "Compare {0} and {1} per MW";

    public const string ExampleCompute = "What do 10,000 GPUs at $2.50/hr cost for a year?";

    /// <summary>A follow-up's amounts that do not fit the composition before; {0} the amounts, {1} the asked unit.</summary>
    public const string FollowUpDoesNotFitFormat =
        "I can't fit {0} into the last calculation (in {1}) without guessing its unit; say it whole, e.g. \"9 cents per kWh in $/MWh\".";

    public const string ScenarioNotUnderstood =
        "I can't work out that scenario: I didn't understand what it changes, and the deal as it is would be the wrong answer. I can change the fee, power, GPUs, start or end, e.g. \"what if it were $1B a month\" or \"what if it ended in May 2028\".";

    /// <summary>A comparison or what-if asked in a unit it does not answer in; {0} is the unit.</summary>
    public const string ComparisonUnitFormat =
        "I can't answer a comparison or a what-if in {0} yet; ask for one deal at a time, e.g. \"xai in {0}\".";

    /// <summary>The thing asked about is unknown; {0} is the word.</summary>
    public const string UnknownThingFormat =
        "I don't know the {0} of any deal, so I can't answer that without answering something else. I know their cost, power, GPUs, energy, homes powered and dates, e.g. \"xai per year\" or \"how many homes could the xai deal power?\".";

    public const string FeeTooSmall =
        "That fee looks too small for a compute deal, so I may have misread a number; say it with its unit, e.g. \"what if it were $1B a month\".";

    public const string TooSmall = "That number is too small for me to work with; try a larger unit or amount.";

    public const string HomesAtOwnUse =
        "I count a deal's homes at the sourced US household figure, so I can't use the one you typed there. Ask with the power and your figure per home, e.g. \"how many homes is 200 MW at 11,000 kWh a year per home\".";

    public const string EachWithoutCount =
        "That amount is for each of something, but I don't know how many there are, so a total would be wrong. Say the count, e.g. \"64 racks at 130 kW each, total MW\".";

    public const string PartLeftOut =
        "I can't leave a part out of a figure, except the ramp months (\"xai total without the ramp\"), and an answer with that part still in would be wrong. Ask for the months you want instead, e.g. \"xai total from jan 2027 to the end\" or \"xai total through dec 2027\".";

    public const string Average =
        "I can't give an average over a deal's months: its ramp months were billed at a lower fee, so the monthly fee is not the average, and one would be taken for the other. Ask for the total and the months, e.g. \"xai total to term\" and \"how many months does the xai deal run?\".";

    public const string PerGpuForCount =
        "A price per GPU is the same however many GPUs you count, so I may have misread what the count is for, and an answer that ignores it would be wrong. To price a number of GPUs, ask e.g. \"1,000 GPUs at $7.78 per GPU-hour for a month\".";

    public const string FlowOverWindow =
        "I give that figure a month or a year at a time and can't add it up over the months you named, and one month's figure would be wrong for them. Ask e.g. \"colossus energy over the term\", or the figure per month or per year.";

    public const string CompareFollowUp =
        "I can't set one figure against another from that, and one deal's figure alone would answer something else. Name both sides, e.g. \"how much more per year is oracle than xai?\" or \"compare xai and google xai per GPU-hour\".";

    public const string OtherFigure =
        "I answer with each fact's main sourced figure and show the others as its range; I can't pick another one by a description, and the main one would be wrong for you. Give the figure instead, e.g. \"what if the total were $20B, per year?\".";

    public const string ShareOfFigure =
        "I can't give that as a share of another figure, and the figure alone would answer something else. Ask for both, e.g. \"xai total in 2027\" and \"xai total to term\"; the one share I give is electricity's, e.g. \"what share of the xai fee is electricity?\".";

    /// <summary>{0}: the deal; {1} its buyer, who pays; {2} its seller.</summary>
    public const string PaysOtherWayFormat =
        "In {0} the money goes the other way: {1} pays {2}. My sources give no payment from {2} to {1} in it, so its price would answer something else. Ask e.g. \"what does {1} pay {2} per year?\".";

    public const string MarketPrice =
        "I can't put a market price (reserved, on-demand, spot) into a figure from a description, and a deal's own price would answer something else. Give the price, e.g. \"220,000 GPUs at $2.50 per GPU-hour for a month\".";

    public const string CountOfModel =
        "My sources count that deal's chips all together, not by the model you named (or it has none of them), so its count would answer something else. Ask for its chips in all, e.g. \"how many GPUs are in the xai deal?\", or name the deal with those chips.";

    public const string Sequel =
        "My catalog has figures only for the first deal or site of that name, not a later one (\"II\", \"2\"), so its figures would answer something else. Ask about the one I know, e.g. \"how many GPUs are in the xai deal?\".";

    public const string NoticeEnd =
        "I give what is still owed after notice, not the date a cancelled deal would end, and the amount would answer something else. Ask e.g. \"if anthropic cancels today, what do they owe?\".";

    public const string PerThingPeriod =
        "I can't tell whether you still mean per GPU (or per MW) over that period or the whole deal's cost, and the two are far apart. Say it whole, e.g. \"xai per gpu per day\" or \"xai per day\".";

    public const string Premise =
        "That states a figure for me to check, and I can't check a rate or price from a sentence; a what-if on it would answer something else. Ask for the figure itself, e.g. \"what does anthropic pay xai per month?\", or check a total, e.g. \"is the xai deal really worth $40B?\".";

    public const string NumberInWords =
        "I couldn't read an amount written in words there, and an answer that leaves it out would be wrong. Write it in digits, e.g. \"what if the fee were $1B a month\" or \"1,000,000 GPUs\".";

    public const string WindowPerThing =
        "I can't carry the months of the last answer into a price per GPU or per MW, and the whole deal's figure would answer something else. Ask it whole, e.g. \"xai total per gpu in 2027\".";

    public const string MonthsOfOwnNumbers =
        "I can't place those months without a year, and an answer for one month or one year would be wrong for them. Give the length instead, e.g. \"1,000 GPUs at $2/hr for 4 months\", or the months with their year (\"from march 2027 through june 2027\").";

    public const string EscalationWithScenario =
        "I can't add a yearly rise to the scenario before it or carry it into another window, and an answer without one or the other would be wrong. Ask it whole, e.g. \"xai total to term if the fee rose 5% a year\" or \"if the xai fee rose 5% a year, what's year 2?\".";

    public const string FullRateSoFar =
        "I can't count the full-rate months up to today yet, and the whole full-rate period or all months so far would be wrong. Ask with the months, e.g. \"xai full-rate months from jul 2026 through dec 2026\".";

    public const string TimeNotUsed =
        "I couldn't use all of the time you gave (\"{0}\"), and a figure for another length would be wrong. Give one length in hours, days, weeks, months or years, e.g. \"1,000 GPUs at $2/hr for 45 days\".";

    public const string MatchWholeTotals =
        "I can match one deal's fee against another deal's whole total, not against part of it or a yearly cost, and the whole total would be the wrong answer. Ask e.g. \"how many months of google xai's fee pay for the oracle deal?\".";

    public const string ChipPowerUnknownFormat =
        "My sources give no all-in power per chip for {0}, so I can't count them from a power, and counting H100s instead would be wrong. Name a chip I know, e.g. \"how many gb200s can 1 GW feed?\".";

    public const string WindowOfOneDeal =
        "I can only compare two deals over the same window, and that question puts a window on one deal and the whole of the other, so either reading would be wrong. Ask each part on its own, e.g. \"oracle's first year\" and \"google xai total\".";

    public const string OwnPartNotUsedFormat =
        "I couldn't use \"{0}\" in that calculation (a range, a multiple or a number in words I don't read), and an answer that leaves it out would be wrong. Give one plain number for each amount, e.g. \"2,000 GPUs at $2.50/hr for a month\".";

    public const string BillWithoutPower =
        "A power bill needs a power or an energy to price, and I didn't find one, so a figure would be wrong. Give the power, e.g. \"15 MW at 9 cents per kWh, per month\", or the GPUs' draw (\"10,000 GPUs at 1.5 kW each at 9 cents per kWh, per month\").";

    /// <summary>A deal's fleet figure asked per chip ("google tpus per tpu flops"), which the fleet's figure would not be.</summary>
    public const string FleetFigurePerChip =
        "I work out a deal's compute for its whole fleet, not per chip, and the fleet's figure would answer something else. Ask e.g. \"anthropic google tpus flops\", or a chip's speed, e.g. \"1 h100 in TFLOP/s\".";

    public const string PartNotUsed =
        "I can't work that out: part of your question (a percentage or a length of time) has no place in the figure I'd give, and an answer that ignores it would be wrong. Try asking about one thing at a time, e.g. \"xai total to term\" or \"what if it were $1B a month\".";

    /// <summary>A number the question gave that the answer would not use; {0} is the number as typed.</summary>
    public const string UnusedCodeFormat =
        "I couldn't use \"{0}\" in that question, and an answer that ignores it would be wrong. Say a time as calendar months or years (e.g. \"in 2027\", \"from jul 2027 through jun 2028\") and an amount with its unit.";

    /// <summary>{0}: the words not used, e.g. "a third of".</summary>
    public const string UnusedWordsFormat =
        "I couldn't use \"{0}\" in that question, and an answer that ignores it would be wrong. Ask for the figure alone, e.g. \"xai total\", and take the share of it, or ask \"a third of the xai total\".";

    public const string UnusedNumberFormat =
        "I couldn't use \"{0}\" in that question, and an answer that ignores it would be wrong. Try saying what it is, e.g. \"{0} MW\" or \"at {0} per month\".";

    public const string Instructions =
        "I only answer questions about compute deals, and I don't take instructions from messages. Ask me e.g. \"how much will anthropic pay xai in total?\".";

    public const string OtherCurrency =
        "I can only give US dollars: my sources state dollars and give no exchange rate, so any other currency would be a guess. Ask in dollars, e.g. \"xai per year\".";

    public const string CompanyFacts =
        "I know compute deals, not companies' own figures (valuation, revenue, funding, staff, or everything they own), and a deal's figure would answer something else. Ask about a deal, e.g. \"how many GPUs are in the google xai deal?\".";

    public const string HardwareNotUsed =
        "A chip model named there has no place in that figure, and an answer without it would be wrong. I use a chip for how many a deal's power can feed and for FLOPs, e.g. \"how many gb300s could the xai deal's power run?\".";

    public const string ChipAlone =
        "I use a chip's power and FLOPs to work out deals' and your own figures, and don't give them alone. Try \"how many h100s could 300 MW run?\", \"10,000 h100s at 700 W each, in MW\" or \"colossus flops per month\".";

    public const string Profit =
        "My sources give what deals cost, not what either side earns on them: a profit or margin needs costs I don't have, and the price alone would answer something else. Ask for the price, e.g. \"what does anthropic pay xai per month?\".";

    public const string Penalty =
        "My sources state no penalty or damages for any deal. I can give what is still owed after notice, e.g. \"if anthropic cancels today, what do they owe?\".";

    public const string LocalPrice =
        "I have no sourced electricity price for one place, and the US industrial average I use would answer something else. Give the price and I'll use it, e.g. \"xai power bill per month at $0.07/kWh\".";

    public const string Places =
        "I know compute deals, not the figures of countries or the world, and a deal's figure would answer something else. I can compare a deal with homes, e.g. \"how many homes could the xai deal power?\".";

    /// <summary>Hardware priced without a deal or amounts; {0} is the hardware as typed.</summary>
    public const string HardwarePriceFormat =
        "I have no sourced price for a {0}: I know deals' costs and hardware's power, not shop prices. Give a price and I'll work it out, e.g. \"what do 10,000 {0}s at $2.50/hr cost for a year?\", or ask what a deal costs per GPU-hour.";

    /// <summary>An amount the user typed that the arithmetic would leave out; {0} is the amount.</summary>
    public const string UnusedAmountFormat =
        "I couldn't fit {0} into that calculation, and an answer that leaves it out would be wrong. Ask for one figure in a unit, e.g. \"10,000 GPUs at 700 W each, in MW\" or \"1 GW, how many homes at 12,000 kWh a year each\".";

    public const string WhichOfPairFormat =
        "Those two companies have more than one deal in my catalog ({0}), and my sources give no dates to tell from words like \"newer\", \"second\" or a start year which one you mean; an answer about the other would be wrong. Name it as I list it, e.g. \"{1}\".";

    public const string ChangeBy =
        "I read a what-if's amount as the new figure, so a change by an amount would be answered wrong. Say the new figure, e.g. \"what if it were 400 MW\" or \"what if the fee were $1.45B a month\".";

    public const string QuotedNotUsed =
        "I can't use that amount in the figure you asked for, and an answer that leaves it out would be wrong. To check a figure, ask e.g. \"is the xai deal really worth $40B?\"; to reach an amount, \"how many months of xai's fee make $20B?\".";

    public const string OwnNumbersStated =
        "That reads as your own figures, not a deal's, and I won't answer it with a deal's. Ask what to work out from them, e.g. \"40 MW at 6.5 cents per kWh, annual bill?\", or name a deal.";

    public const string OwnNumbersFollowUp =
        "That follows your own numbers, and I can't carry the result before into a new calculation. Ask it whole, e.g. \"24 MW for a month at 7 cents per kWh\", or name a deal.";

    public const string SameRateOfWhat =
        "I can't carry that rate over to the other deal: the same rate per MW and per GPU give different costs, and it needs the other deal's MW or GPU count from my sources. Say which, e.g. \"what would oracle cost a month at xai's rate per MW?\".";

    public const string ResizeFee =
        "A new size could keep the fee or keep the price per MW, and the costs differ. Say which, e.g. \"what if it were 500 MW at the same rate, per year\" or \"what if it had 400k GPUs, same fee, per GPU-hour\".";

    /// <summary>{0} is a unit of money per a thing ("USD/W").</summary>
    public const string PerThingOfFeeFormat =
        "I can't tell whether you want the whole deal in {0} or the fee over time in {0} per year, and the two differ. Say which, e.g. \"oracle total in $ per watt\" or \"oracle $ per watt per year\".";

    public const string FeeOrTotal =
        "I can't tell whether that amount is a new monthly fee or a new total, and an answer on the wrong one would be far off. Say it with its period, e.g. \"what if the fee were $2B a month\" or \"what if the total were $60B\".";

    public const string LumpSumOrFee =
        "That amount is as big as the whole deal, so I can't tell whether you mean a new monthly fee or a new total; an answer on the wrong one would be far off. For a fee, say it with its period, e.g. \"what if the fee were $1B a month\".";

    public const string AfterRefusedScenario =
        "I couldn't work out the message before this, so I can't build on it, and a figure without it would be wrong. Ask it whole, with the deal or your numbers, e.g. \"what if xai's fee were $1B a month, total in 2027?\".";

    public const string ThisPeriod =
        "Say the calendar months, e.g. \"xai total in 2026\" or \"xai total for q4 2026\": I count windows from named months, and a guess at \"this\" one could be off.";

    public const string UnplacedPeriod =
        "I can't place that period on the calendar (a year of the deal counted from its start, a season, a fiscal year or part of next year could each mean different months), and the whole term's figure would answer something else. Name the months, e.g. \"xai total from jul 2027 through jun 2028\" or \"xai total in q1 2027\".";

    public const string HalfOfTerm =
        "Half of a deal could mean half its months or its first or last six months, and the answers differ. Name the months, e.g. \"xai total from may 2026 through oct 2027\".";

    public const string FromNowTo =
        "I can total from today to the end of the term (\"what's left to pay\") or between named months, but not from today to another month yet. Ask e.g. \"xai total from jan 2027 through dec 2027\".";

    public const string StartMoveOpen =
        "A new start could keep the deal's end or move it by the same months, and the two give different answers. Say which, e.g. \"what if it started in sep 2026 with the same end date, total?\".";

    public const string LumpSumTerm =
        "That deal is known by its total, not a monthly fee, so a longer or shorter term could keep the total or keep its monthly share, and the two give different answers. Say which, e.g. \"if the 14.2b were spread over 8 years, per month?\".";

    public const string FeeFromMonth =
        "I can't change the fee part-way through the term yet: I'd total only the months from then on, which is not the whole you asked for. Ask for those months, e.g. \"what if the fee were $1B a month, total from jan 2028 through may 2029\", and add the months before.";

    public const string CancelTotal =
        "I can give what is still owed after notice (\"if they cancel in march 2028, what do they owe?\") or the total through a month (\"total through feb 2028\"), but not what a cancelled deal would cost in all: that depends on terms my sources don't give.";

    public const string Nominal =
        "My figures are the nominal US dollars the sources state; I don't adjust them for inflation, tax or discounting, so any such figure would be a guess. Ask for the nominal figure, e.g. \"xai total to term\".";

    public const string DealsAddedUp =
        "I answer about one deal at a time and don't add a company's deals together, so a single deal's figure would answer something else. Name a deal, or compare them, e.g. \"compare meta coreweave deals by total\".";
}
