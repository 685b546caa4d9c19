namespace DealBot.Core.Queries;

/// <summary>What a comparison of two deals asks beyond the two figures side by side.</summary>
public enum Contrast
{
    /// <summary>The figures side by side.</summary>
    None,

    /// <summary>"how much more", "the difference": the first figure minus the second, as a size.</summary>
    Difference,

    /// <summary>"how many times bigger", "how many X fit in Y": the first figure over the second.</summary>
    Ratio,

    /// <summary>"what % of Y is X": the first figure over the second, as a percentage.</summary>
    Share,

    /// <summary>"xai plus oracle per year", "both combined": the figures added, when they are amounts.</summary>
    Sum,
}
