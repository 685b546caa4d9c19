using DealBot.Core.Queries;
using DealBot.Language.Entities;
using DealBot.Language.Intents;
using DealBot.Language.Units;

namespace DealBot.Language;

/// <summary>Everything read from one message, before it is combined with the conversation into a query.</summary>
internal struct Reading
{
    /// <summary>Why the message cannot be answered (too large a number, a reversed window), or null.</summary>
    public string? Problem;

    public Cues Cues;

    public DealPicks Deals;

    /// <summary>Two parties named as a pair that the catalog has no deal between, or null.</summary>
    public IReadOnlyList<Party>? MissingDeal;

    /// <summary>The measure the message names; <see cref="Measure.Summary"/> when it names none.</summary>
    public Measure Measure;

    /// <summary>The units of the "per …" phrases the measure was read from: "daily" and "per GPU" in "daily cost per GPU".</summary>
    public Units.RateUnit AskedRate;

    public Window? Window;

    public bool NoticeNamed;

    public DateOnly? NoticeDate;

    public Parameters Parameters;

    public DealChanges? Changes;

    /// <summary>"same end date": a new start leaves the end where it was.</summary>
    public bool EndKept;

    /// <summary>"with the same length", "same duration", "same term": a new start moves the end with it.</summary>
    public bool LengthKept;

    /// <summary>"at the same yearly rate", "same fee": what a change of the term keeps.</summary>
    public bool RateKept;

    /// <summary>"when does…": a date asked, which an amount beside it cannot be checked against.</summary>
    public bool WhenAsked;

    /// <summary>"drop the hike", "forget the extension": parts of the what-if before that this message takes back.</summary>
    public WhatIf.ChangeParts Undone;

    /// <summary>"rose", "dropped to", "bump the fee to": a verb of change, so an amount beside it is no figure being checked.</summary>
    public bool ChangeVerb;

    /// <summary>"changed partway through 2028", "midway": a change from a month the question does not name.</summary>
    public bool PartWay;

    /// <summary>What a new size does to the fee: +1 scales with it, −1 stays, 0 unsaid (<see cref="WhatIf.ChangeReader.FeeWithSize"/>).</summary>
    public int FeeWithSize;

    /// <summary>"how many tpus", "trainium chips": a family of chips said by its generic name ("tpu", "trainium"), or null.</summary>
    public string? ChipFamily;

    /// <summary>"what does google pay anthropic": the company said to pay and the one said to be paid, by catalog id, or null.</summary>
    public (string Payer, string Payee)? Payment;

    /// <summary>A word left over after every reader ("excluding", "average", "how much more") that changes the figure asked.</summary>
    public Intents.Qualifier Qualifier;

    /// <summary>Words neither in the vocabulary nor naming a catalog entry.</summary>
    public int UnknownWords;

    /// <summary>"goes up", "drops": the question moves something, which a what-if with no change read would drop.</summary>
    public bool Moves;

    /// <summary>"at 80% utilisation", "60% load", "only uses 60%": the percentage is the share of capacity used.</summary>
    public bool UsageSaid;

    /// <summary>"cost of those", "what do they cost": the message points back at what was just counted.</summary>
    public bool PointsBack;

    /// <summary>"each", "apiece" after a GPU count: one of the GPUs counted before.</summary>
    public bool EachSaid;

    /// <summary>"both": two figures or deals, which the message itself may not name.</summary>
    public bool BothSaid;

    /// <summary>"deals", "contracts": more than one deal, which the message may name by one pair of companies.</summary>
    public bool DealsPlural;

    /// <summary>"google xai over that?": a deal named against the one before, as a ratio.</summary>
    public bool OverBack;

    /// <summary>"sum?", "and the sum": figures added up, with no other word of a total ("sum of the totals" has one).</summary>
    public bool SumOnly;

    /// <summary>"plus openai nvidia?", "+ oracle?": a deal added to the one before.</summary>
    public bool PlusBack;

    /// <summary>"if so", "in that case": a condition said by pointing back at the message before.</summary>
    public bool ConditionBack;

    /// <summary>"doubled", "halved": a change by a factor.</summary>
    public bool Multiplies;

    /// <summary>"fee", "monthly", "rent": an amount with no period in a what-if is the monthly fee.</summary>
    public bool FeeSaid;

    /// <summary>"the newer", "the second", "the original": one of several deals told apart by order.</summary>
    public bool OrdinalSaid;

    /// <summary>"Did you mean" suggestions when a word was close to a name but matched none, else null.</summary>
    public IReadOnlyList<string>? Correction;

    public readonly bool Has(Cues cue) => (Cues & cue) != 0;

    /// <summary>A what-if needs both the wording ("what if", or "if" with a change) and something to change.</summary>
    public readonly bool IsWhatIf => Changes is not null && Has(Cues.WhatIf | Cues.If);

    public readonly bool MeasureNamed => Measure != Measure.Summary;

    /// <summary>Whether the message says anything a query can use.</summary>
    public readonly bool HasSubstance =>
        Deals.Count > 0 || MeasureNamed || Window is not null || Changes is not null || !Parameters.IsEmpty || NoticeNamed
        || Parameters.Hardware >= 0;
}
