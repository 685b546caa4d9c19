namespace DealBot.Core.Queries;

public enum WindowKind
{
    /// <summary>From the deal's start to its stated end.</summary>
    ToTerm,

    /// <summary>From <see cref="Window.From"/> to <see cref="Window.To"/>, both months included.</summary>
    Between,

    /// <summary>From the start through the current month (today comes from the clock).</summary>
    SoFar,

    /// <summary>From the month after the current one to the end.</summary>
    Remaining,

    /// <summary>A length of billing at the full fee, wherever it falls ("for 18 months", "180 days of the lease").</summary>
    ForDuration,

    /// <summary>The deal's first length of billing, from its start ("the first year", "first 180 days").</summary>
    First,

    /// <summary>A length from the month after the current one ("the next 12 months"), like <see cref="Remaining"/>.</summary>
    Next,

    /// <summary>A length through the current month ("the last 12 months", "past 90 days"), like <see cref="SoFar"/>.</summary>
    Past,

    /// <summary>The deal's last length of billing, up to its end ("the last 6 months of the deal", "its final year").</summary>
    Final,

    /// <summary>The months billed at the reduced ramp fee, before the full rate starts ("the ramp months").</summary>
    Ramp,

    /// <summary>The months billed at the full fee, from the full rate's start to the end ("the full-rate months").</summary>
    FullRate,
}
