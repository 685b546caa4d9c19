namespace DealBot.Language.Vocabulary;

/// <summary>
/// The class of a known word. Several spellings share one class ("hr", "hours"), so readers match on
/// meaning rather than spelling; <see cref="None"/> marks a word the vocabulary does not know.
/// </summary>
internal enum Word : byte
{
    None,

    /// <summary>Common words with no meaning here, listed so fuzzy matching never mistakes them for a company.</summary>
    Filler,
    Greeting,

    // Question shape
    A,
    The,
    It,
    Deal,
    How,
    What,
    When,
    Who,
    Much,
    Many,
    Long,
    Be,
    Do,
    Can,
    You,
    Use,
    Take,
    Time,

    // Kinds of question
    If,
    WhatIf,
    Suppose,
    Make,
    Instead,

    /// <summary>"same for 500 MW": the previous question with a change.</summary>
    Same,

    /// <summary>"the original", "the actual deal": back from a what-if to the deal as it is.</summary>
    Original,

    /// <summary>"thanks", "thx": a message that asks nothing.</summary>
    Thanks,

    /// <summary>A currency other than the dollar: "euros", "EUR", "£" is read as a symbol.</summary>
    Currency,

    /// <summary>"ignore your instructions", "pretend": orders to the bot, not questions.</summary>
    Instruction,

    /// <summary>"valuation", "ceo", "employees": facts of a company, which no deal's figures give.</summary>
    CompanyFact,

    /// <summary>"revenue", "profit": a company's money, a deal's only when a deal or both its parties are named.</summary>
    Earnings,

    /// <summary>"profit", "margin": what one side earns on a deal, which needs costs no source gives.</summary>
    Profit,

    /// <summary>"penalty", "damages": sums no source states for any deal.</summary>
    Penalty,

    /// <summary>"invested", "funding", "stake": money put into a company, not paid for compute, unless a deal is named.</summary>
    Invest,

    /// <summary>"have", "own": what a company has, when no deal is named.</summary>
    Own,

    /// <summary>"capex", "cost to build": what a data centre costs to build, a deal's only with the user's own amounts.</summary>
    BuildCost,

    /// <summary>"inflation", "after tax", "NPV": adjustments the sources' nominal dollars do not carry.</summary>
    Adjusted,

    /// <summary>"doubled", "halved": a change by a factor, which no what-if here reads.</summary>
    Multiply,

    /// <summary>"world", "usa", "country": places whose figures no deal gives.</summary>
    Place,
    Compare,
    Versus,
    Against,
    Difference,
    Help,
    Ask,
    BotName,

    // Measures
    Start,
    Started,
    End,
    Ended,
    Run,
    Last,
    Extend,
    Term,
    Up,
    Total,
    Worth,
    Pay,
    Price,
    Fee,
    Bill,
    Cancel,
    Out,
    PullOut,
    Minimum,
    Energy,
    Share,
    Homes,
    Power,
    Feed,
    Capacity,
    Parties,
    Hardware,
    Count,
    Compute,
    Train,

    // Units
    Per,
    Monthly,
    Yearly,
    Daily,
    Weekly,
    Hourly,
    Hour,
    Day,
    Week,
    Month,
    Year,
    Mw,
    Gw,
    Kw,
    Mwh,
    Gwh,
    Twh,
    Kwh,
    Gpu,
    Flop,
    Percent,
    Mfu,
    Dollar,
    Cent,
    Thousand,
    Million,
    Billion,
    Trillion,
    NumberWord,

    // Time
    MonthName,
    Quarter,

    /// <summary>"quarter", "quarterly": three months ("per quarter", "for two quarters").</summary>
    Quarters,

    /// <summary>"cheapest", "priciest", "biggest": asks for a ranking.</summary>
    Superlative,
    Ordinal,
    Mid,
    Early,
    Late,
    Today,
    Date,
    So,
    Far,
    Already,
    Remaining,
    Still,
    Rest,
    Going,
    Forward,
    Now,
    Life,
    Full,

    /// <summary>"ramp": the first months billed at a reduced fee.</summary>
    Ramp,
    Next,

    // Linking words
    To,
    Until,
    Through,
    Between,
    And,
    From,
    In,
    During,
    For,
    Over,
    By,
    On,
    Since,
    Of,
    At,
}
