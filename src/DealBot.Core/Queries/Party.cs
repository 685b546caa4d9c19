namespace DealBot.Core.Queries;

/// <summary>A party a question names: a catalog company (<see cref="CompanyId"/>), or a name the catalog does not know.</summary>
public sealed record Party(string? CompanyId, string Name)
{
    public bool IsKnown => CompanyId is not null;
}
