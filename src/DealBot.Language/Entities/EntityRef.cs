namespace DealBot.Language.Entities;

/// <summary>A catalog entry a word names: its kind and its index in the catalog's list of that kind.</summary>
internal readonly record struct EntityRef(EntityKind Kind, int Index)
{
    public static EntityRef None => default;

    public bool IsNone => Kind == EntityKind.None;
}
