namespace DealBot.Core.Queries;

/// <summary>What sort of question was asked; <see cref="Measure"/> says what to compute.</summary>
public enum QueryKind
{
    /// <summary>The question was not understood; <see cref="DealQuery.Suggestions"/> say what to try.</summary>
    Unknown,

    /// <summary>"help", "what can you do".</summary>
    Help,

    /// <summary>A measure of one catalog deal (lookup, total, unit cost, scale).</summary>
    Deal,

    /// <summary>A catalog deal with one or more parameters changed, shown next to the original.</summary>
    WhatIf,

    /// <summary>Two or more catalog deals on one basis.</summary>
    Compare,

    /// <summary>Generic compute arithmetic on the user's own numbers, no deal involved.</summary>
    Compute,

    /// <summary>
    /// The question names two parties the catalog has no deal between ("how much does anthropic pay nvidia",
    /// "openai and disney"); <see cref="DealQuery.Parties"/> says who. The answer says so and lists their deals.
    /// </summary>
    NoSuchDeal,

    /// <summary>
    /// The user's own amounts (<see cref="DealQuery.Given"/>) composed into the asked unit (<see cref="DealQuery.Target"/>)
    /// by dimensional analysis: "900 GPUs at 1 kW each in MW", "2.5 GW in MW", "how many 1.5 kW homes is 90 MW".
    /// </summary>
    Compose,
}
