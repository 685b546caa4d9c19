namespace DealBot.Core.Catalog;

/// <summary>The validated, read-only set of deals, hardware, references and their sources.</summary>
public sealed class DealCatalog
{
    private readonly Dictionary<string, Company> _companies;
    private readonly Dictionary<string, Deal> _deals;
    private readonly Dictionary<string, Hardware> _hardware;
    private readonly Dictionary<string, Reference> _references;
    private readonly Dictionary<string, Source> _sources;

    public DealCatalog(
        IReadOnlyList<Company> companies,
        IReadOnlyList<Deal> deals,
        IReadOnlyList<Hardware> hardware,
        IReadOnlyList<Reference> references,
        IReadOnlyList<Source> sources,
        string defaultDealId)
    {
        Companies = companies;
        Deals = deals;
        HardwareList = hardware;
        References = references;
        Sources = sources;
        _companies = companies.ToDictionary(c => c.Id, StringComparer.OrdinalIgnoreCase);
        _deals = deals.ToDictionary(d => d.Id, StringComparer.OrdinalIgnoreCase);
        _hardware = hardware.ToDictionary(h => h.Id, StringComparer.OrdinalIgnoreCase);
        _references = references.ToDictionary(r => r.Id, StringComparer.OrdinalIgnoreCase);
        _sources = sources.ToDictionary(s => s.Id, StringComparer.OrdinalIgnoreCase);
        DefaultDeal = _deals[defaultDealId];
    }

    public IReadOnlyList<Company> Companies { get; }

    /// <summary>Deals in catalog order, best known first: a question that names one party means the first deal it matches.</summary>
    public IReadOnlyList<Deal> Deals { get; }

    public IReadOnlyList<Hardware> HardwareList { get; }

    public IReadOnlyList<Reference> References { get; }

    public IReadOnlyList<Source> Sources { get; }

    /// <summary>The deal a question means when it names none (the one people argue about).</summary>
    public Deal DefaultDeal { get; }

    /// <summary>The same catalog with another deal as the one a question means when it names none.</summary>
    /// <exception cref="CatalogException">No deal has that id.</exception>
    public DealCatalog WithDefaultDeal(string dealId) =>
        FindDeal(dealId) is { } deal
            ? new DealCatalog(Companies, Deals, HardwareList, References, Sources, deal.Id)
            : throw new CatalogException($"DealBot:DefaultDeal: the catalog has no deal '{dealId}' (its deals: {string.Join(", ", Deals.Select(d => d.Id))}).");

    public Company GetCompany(string id) => _companies[id];

    public Deal? FindDeal(string id) => _deals.GetValueOrDefault(id);

    public Hardware? FindHardware(string id) => _hardware.GetValueOrDefault(id);

    public Reference GetReference(string id) => _references[id];

    public Source GetSource(string id) => _sources[id];
}
