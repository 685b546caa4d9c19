namespace DealBot.Language.Intents;

/// <summary>Signals about the kind of question, read before its details.</summary>
[Flags]
internal enum Cues : byte
{
    None = 0,
    Help = 1 << 0,

    /// <summary>"what if", "suppose", "imagine", "if it were", "make it", "instead", "/whatif".</summary>
    WhatIf = 1 << 1,

    Compare = 1 << 2,

    /// <summary>A bare "if": a what-if when it comes with a change ("if it ended in 2028").</summary>
    If = 1 << 3,

    /// <summary>Words about money or deals: an unclear question with them is about an unclear deal.</summary>
    DealTalk = 1 << 4,

    /// <summary>"the original", "the actual deal": back from a what-if.</summary>
    Original = 1 << 5,

    /// <summary>"thanks", "thx".</summary>
    Thanks = 1 << 6,

    /// <summary>"cheapest", "most expensive", "biggest": a ranking.</summary>
    Ranking = 1 << 7,
}
