namespace DealBot.Language.Units;

/// <summary>What a rate is "per": "per MW-month" is <see cref="Mw"/> | <see cref="Month"/>.</summary>
[Flags]
internal enum RateUnit : ushort
{
    None = 0,
    Hour = 1 << 0,
    Day = 1 << 1,
    Week = 1 << 2,
    Month = 1 << 3,
    Year = 1 << 4,
    Mw = 1 << 5,
    Gw = 1 << 6,
    Kw = 1 << 7,
    Mwh = 1 << 8,
    Gwh = 1 << 9,
    Kwh = 1 << 10,
    Gpu = 1 << 11,
}
