using System.Text.Json;

namespace DealBot.Core.Catalog;

/// <summary>
/// Loads and validates a catalog file. Everything is checked at load time (start-up), so a bad file
/// fails with one message naming the entry and field instead of a wrong answer later.
/// </summary>
public static class CatalogLoader
{
    private const string EmbeddedName = "DealBot.Core.Catalog.catalog.json";

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>The catalog shipped with DealBot.</summary>
    public static DealCatalog LoadDefault()
    {
        using var stream = typeof(CatalogLoader).Assembly.GetManifestResourceStream(EmbeddedName)
            ?? throw new CatalogException($"The built-in catalog resource '{EmbeddedName}' is missing from the build.");
        return Load(stream);
    }

    public static DealCatalog LoadFile(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Load(stream);
        }
        catch (IOException e)
        {
            throw new CatalogException($"Catalog file '{path}' cannot be read: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            throw new CatalogException($"Catalog file '{path}' cannot be read: {e.Message}");
        }
    }

    public static DealCatalog Load(Stream json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            throw new CatalogException($"Catalog is not valid JSON (line {e.LineNumber + 1}): {e.Message}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new CatalogException("Catalog must be a JSON object with sources, companies, deals, hardware and references.");
            }

            return Read(document.RootElement);
        }
    }

    private static DealCatalog Read(JsonElement root)
    {
        var sourceIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var top = new CatalogReader(root, "root", sourceIds);
        var sources = top.Objects("sources", ReadSource);
        Unique(sources.Select(s => s.Id), "source");
        sourceIds.UnionWith(sources.Select(s => s.Id));

        var companies = top.Objects("companies", r => new Company(r.RequiredString("id"), r.RequiredString("name"), Lower(r.Strings("aliases"))));
        var hardware = top.Objects("hardware", ReadHardware);
        var references = top.Objects("references", r => new Reference(r.RequiredString("id"), r.RequiredString("name"), r.RequiredString("unit"), r.Fact()));
        var deals = top.Objects("deals", ReadDeal);
        Unique(companies.Select(c => c.Id), "company");
        Unique(hardware.Select(h => h.Id), "hardware");
        Unique(references.Select(r => r.Id), "reference");
        Unique(deals.Select(d => d.Id), "deal");

        var companyIds = companies.Select(c => c.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var hardwareIds = hardware.Select(h => h.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var deal in deals)
        {
            CheckDeal(deal, companyIds, hardwareIds);
        }

        var defaultDeal = top.RequiredString("defaultDeal");
        if (!deals.Any(d => string.Equals(d.Id, defaultDeal, StringComparison.OrdinalIgnoreCase)))
        {
            throw top.Error("defaultDeal", $"names deal '{defaultDeal}', which is not in the deals list");
        }

        return new DealCatalog(companies, deals, hardware, references, sources, defaultDeal);
    }

    private static Source ReadSource(CatalogReader r)
    {
        var status = r.RequiredString("status");
        return new Source(
            r.RequiredString("id"),
            r.RequiredString("title"),
            r.RequiredString("url"),
            r.RequiredDate("date"),
            Enum.TryParse<FactStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                ? parsed
                : throw r.Error("status", $"must be confirmed, reported or estimate, not '{status}'"));
    }

    private static Hardware ReadHardware(CatalogReader r) => new()
    {
        Id = r.RequiredString("id"),
        Name = r.RequiredString("name"),
        Aliases = Lower(r.Strings("aliases")),
        TdpWatts = r.OptionalNumber("tdpWatts"),
        DenseBf16Tflops = r.OptionalNumber("denseBf16Tflops"),
        DenseFp8Tflops = r.OptionalNumber("denseFp8Tflops"),
        AllInKw = r.OptionalFact("allInKw"),
        SourceId = r.SourceId("source"),
    };

    private static Deal ReadDeal(CatalogReader r)
    {
        return new Deal
        {
            Id = r.RequiredString("id"),
            Name = r.RequiredString("name"),
            Buyer = r.RequiredString("buyer"),
            Seller = r.RequiredString("seller"),
            Aliases = Lower(r.Strings("aliases")),
            Summary = r.RequiredString("summary"),
            SourceId = r.SourceId("source"),
            MonthlyFeeUsd = r.OptionalFact("monthlyFeeUsd"),
            TotalValueUsd = r.OptionalFact("totalValueUsd"),
            TermYears = r.OptionalFact("termYears"),
            Start = r.OptionalMonth("start"),
            End = r.OptionalMonth("end"),
            FullRateStart = r.OptionalMonth("fullRateStart"),
            PowerMw = r.OptionalFact("powerMw"),
            Gpus = r.OptionalFact("gpus"),
            Hardware = Lower(r.Strings("hardware")),
            Location = r.OptionalTextFact("location"),
            Termination = r.OptionalTextFact("termination"),
            NoticeDays = r.OptionalInt("noticeDays"),
            Caveats = r.Objects("caveats", c => c.TextFact()),
            ReportedTotalsUsd = r.Objects("reportedTotalsUsd", f => f.Fact()),
        };
    }

    private static void CheckDeal(Deal deal, HashSet<string> companyIds, HashSet<string> hardwareIds)
    {
        CatalogException Error(string field, string problem) => new($"Catalog deal '{deal.Id}': field '{field}' {problem}.");

        if (!companyIds.Contains(deal.Buyer))
        {
            throw Error("buyer", $"names company '{deal.Buyer}', which is not in the companies list");
        }

        if (!companyIds.Contains(deal.Seller))
        {
            throw Error("seller", $"names company '{deal.Seller}', which is not in the companies list");
        }

        if (deal.Hardware.FirstOrDefault(h => !hardwareIds.Contains(h)) is { } unknown)
        {
            throw Error("hardware", $"names hardware '{unknown}', which is not in the hardware list");
        }

        if (deal.Start is { } start && deal.End is { } end && end < start)
        {
            throw Error("end", $"{end} is before start {start}");
        }

        if (deal.FullRateStart is { } full && ((deal.Start is { } s && full < s) || (deal.End is { } e && full > e)))
        {
            throw Error("fullRateStart", $"{full} must lie between start and end");
        }

        if (deal.MonthlyFeeUsd is not null && deal.End is null && deal.TermYears is null)
        {
            throw Error("end", "is missing: a monthly fee needs an end month or termYears to give totals");
        }
    }

    private static IReadOnlyList<string> Lower(IReadOnlyList<string> words) => words.Select(w => w.ToLowerInvariant()).ToArray();

    private static void Unique(IEnumerable<string> ids, string kind)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in ids)
        {
            if (!seen.Add(id))
            {
                throw new CatalogException($"Catalog {kind} '{id}' appears twice: ids must be unique.");
            }
        }
    }
}
