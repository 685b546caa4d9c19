namespace DealBot.Core.Answers;

/// <summary>Every fixed sentence DealBot says, in one place; tests assert against these.</summary>
public static class AnswerMessages
{
    public const string SumOfPrices =
        "Prices per unit don't add up: two deals' costs per MW or per GPU-hour summed are no price of anything. Ask for the amounts, e.g. \"xai plus oracle per year\", or compare the prices, e.g. \"compare xai and oracle per MW-year\".";

    /// <summary>{0}: the deal.</summary>
    public const string TotalNotSpreadFormat =
        "I can't spread a new total over {0}: not all of its billed months are known, so the monthly fee it makes would be a guess. Give the new monthly fee instead, e.g. \"what if it cost $1B a month\".";

    public const string NoFeeToChangeFormat =
        "{0} has no disclosed price, so a share more or less of it can't be worked out. Give the new price instead, e.g. \"what if it cost $1B a month\".";

    public const string ScenarioCarried =
        "Still your what-if from before; ask \"and the actual deal?\" for the real figures.";

    public const string NotUnderstood = "Sorry, I didn't understand that.";
    public const string TooLarge = "Those numbers are too large for me to work with; try smaller ones.";
    public const string InternalError = "Sorry, something went wrong working that out. Try rephrasing the question.";
    public const string HelpHeadline = "I answer questions about AI compute deals: their cost and their scale, with working and sources.";
    public const string NeedTwoDeals = "Name two deals to compare, e.g. \"compare xai and oracle per MW-year\".";
    public const string NothingChanged = "Tell me what to change, e.g. \"what if it were 500 MW\" or \"what if it were $1B a month\".";

    /// <summary>No deal between two named parties; {0} and {1} are their names.</summary>
    public const string NoSuchDealFormat = "I have no {0}–{1} deal in my catalog.";

    /// <summary>A named party the catalog does not know; {0} is the name as written.</summary>
    public const string UnknownPartyFormat = "{0} isn't a company in my catalog, so I know no deals of theirs.";

    /// <summary>The deals of a named party; {0} is its name, {1} the deals.</summary>
    public const string PartyDealsFormat = "{0}'s deals I know: {1}";

    /// <summary>A named party with no deal in the catalog; {0} is its name.</summary>
    public const string PartyWithoutDealsFormat = "I know no deals of {0}'s.";

    /// <summary>Example question about a catalog deal; {0} and {1} are its buyer and seller.</summary>
    public const string ExampleTotalFormat = "How much will {0} pay {1} in total?";

    /// <summary>Example question about a catalog deal; {0} is its name.</summary>
    public const string ExamplePerYearFormat = "{0} per year";

    /// <summary>Example comparison; {0} and {1} are deal names.</summary>
    public const string ExampleCompareFormat = "Compare {0} and {1} per year";

    public const string ShareOfFigure = "I can't give that as a share: it needs two figures, and I'd only divide one by itself. Ask for both, e.g. \"xai total so far\" and \"xai total to term\", or compare two deals, e.g. \"xai vs oracle per year\".";

    public const string NoTarget = "I'm not sure which unit you want that in; say it, e.g. \"in MW\" or \"how many homes\".";

    /// <summary>A window whose start or end is not known; {0} is the deal.</summary>
    public const string FlopsOverLength =
        "I count FLOPs a month at a time, so I can't give them for the length you asked; ask e.g. \"FLOPs of 1,000 H100s per month\".";

    public const string AmountOverWindowFormat =
        "I can only give {0} over the whole term, not over part of it, and an answer for the whole term would be wrong for the months you asked. Ask it without the months, e.g. \"xai gpu-hours over the term\", or ask the cost of those months.";

    public const string WindowWithoutEndsFormat = "I can't count that window's months: {0}'s start or end month has not been disclosed.";

    /// <summary>No deal named and none in the conversation; {0} is the default deal.</summary>
    public const string DefaultDealFormat = "No deal was named, so this is {0}, the deal people ask about most; name another to ask about it.";

    public const string MonthAndYear = "A month is 730 hours and a year 8,760 hours (8,760 ÷ 12 = 730).";

    /// <summary>No product of the amounts has the asked dimension; {0} is the asked unit, {1} the amounts.</summary>
    public const string NoCompositionFormat =
        "I can't work out {0} from {1}: something is missing (a rate, a power per unit or a time), or an amount is in a unit I didn't expect.";

    /// <summary>Several products fit; {0} is the asked unit, {1} the amounts.</summary>
    public const string AmbiguousCompositionFormat =
        "I can make {0} from {1} in more than one way, so I won't guess; say how they go together, e.g. \"per GPU\" or \"for 2 weeks\".";

    /// <summary>The asked unit does not fit the measure; {0} asked, {1} the measure, {2} its unit.</summary>
    public const string WrongDimensionFormat = "You asked for {0}, but {1} is in {2}, and I can't turn one into the other.";

    public const string UndisclosedRampFormat = "{0} was billed a reduced fee before {1}, but no source gives that fee or when it began, so I can't give those months. Its totals count from {1}, e.g. \"{0} total\".";

    public const string RampRateFormat = "{0}'s ramp months were billed at a reduced fee that no source discloses, so I can't give a rate for them. Their total is a range: ask e.g. \"{0} total of the ramp months\".";

    public const string NoOneFeeFormat = "{1} has no one fee over {0}: the window reaches outside its full-rate months ({2} is the term, the ramp at a reduced fee). Ask for the total over {0} instead.";

    public const string NoRampFormat = "No source gives {0}'s ramp months (when billing began at a reduced fee), so I can't say what billing them differently would change.";

    public const string NoContrastFormat = "I can't set {0} against {1} on {2}: the sources don't give both figures in one unit.";

    public const string NoFeeToMatchFormat = "No source gives {0}'s fee, so I can't say how long it would take to match another deal.";

    public const string NoTotalToMatchFormat = "No source gives {0}'s total, so there is nothing to match.";

    public const string EscalationFormat = "The fee rises {0}% a year, compounded: year 1 at the base, each later year {0}% above the year before (no source gives an escalation; this is your scenario).";

    public const string EscalationWithoutFeeFormat = "No source gives {0}'s fee, so I have nothing to escalate; give the starting fee, e.g. \"$15B a year, up 4% a year, total for 3 years\".";

    public const string EscalationYears = "Say over how many whole years the fee rises, or which year's fee you want, e.g. \"total for 3 years\" or \"the monthly fee in year 3\".";

    public static readonly IReadOnlyList<string> EscalationExamples =
    [
        "if xai's fee rose 4% a year, total over the term",
        "$15B a year, up 4% a year, total for 3 years",
        "if the xai fee went up 5% a year, monthly fee in year 3",
    ];

    public static readonly IReadOnlyList<string> ComposeExamples =
    [
        "900 GPUs at 1 kW each in MW",
        "how many 1.5 kW homes is 90 MW",
        "$0.11/kWh in $/MWh",
        "xai in $ per kW per month",
    ];

    public static readonly IReadOnlyList<string> Examples =
    [
        "how much will anthropic pay xai in total?",
        "xai per MW-year",
        "what is that per GPU-hour?",
        "how many homes could 300 MW power?",
        "what if it were 500 MW?",
        "compare xai and oracle per MW-year",
        "10,000 H100s at $2.50/hr for a year",
    ];
}
