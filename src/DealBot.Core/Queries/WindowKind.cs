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

    /// <summary><see cref="Window.Months"/> months of full-rate billing.</summary>
    ForDuration,
}
