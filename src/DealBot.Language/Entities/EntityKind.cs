namespace DealBot.Language.Entities;

internal enum EntityKind : byte
{
    None,
    Company,
    Deal,
    Hardware,
}
