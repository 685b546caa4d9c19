namespace DealBot.Language.Intents;

/// <summary>What earlier readers found that decides between measures worded alike.</summary>
internal readonly record struct MeasureContext(
    bool DealNamed,
    bool IsWhatIf,
    bool NoticeNamed,
    bool WindowToTerm,
    bool HasWindow,
    bool RampWindow,
    bool HasFlops,
    bool HasPower,
    bool HasElectricityPrice,
    bool BillAskedBefore);
