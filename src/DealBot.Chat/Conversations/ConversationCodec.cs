using DealBot.Core.Quantities;
using DealBot.Core.Queries;
using DealBot.Core.Units;

namespace DealBot.Chat.Conversations;

/// <summary>
/// A <see cref="DealQuery"/> as a few bytes, every field, for the conversation stores (in memory and in Redis): a
/// parsed query is a few hundred bytes of mostly-null fields, its encoding a few dozen. The format is a version byte,
/// the kind and measure, a bitmask of the fields that are set, then those fields in bitmask order. Numbers are varints,
/// decimals keep their scale, strings are UTF-8. <see cref="Decode"/> never throws: another version, a truncated or
/// corrupt entry or an enum value this build does not know reads as null, and the follow-up starts a new conversation
/// rather than answering with the wrong context.
/// </summary>
public static partial class ConversationCodec
{
    /// <summary>
    /// The format version, the first byte. Never 0x7B ('{'), so an entry from the JSON days reads as no context.
    /// Bump it whenever the layout changes: enums are stored by number, so inserting or reordering a value of
    /// <see cref="QueryKind"/>, <see cref="Measure"/> or <see cref="WindowKind"/> changes it too (Redis entries outlive
    /// a rolling deploy).
    /// </summary>
    public const byte Version = 2;

    [Flags]
    private enum Fields : uint
    {
        DealIds = 1 << 0,
        Window = 1 << 1,
        NoticeDate = 1 << 2,
        GpuCount = 1 << 3,
        AcceleratorId = 1 << 4,
        PricePerGpuHour = 1 << 5,
        ElectricityPricePerKwh = 1 << 6,
        Budget = 1 << 7,
        Power = 1 << 8,
        PricePerMwMonth = 1 << 9,
        Duration = 1 << 10,
        TrainingFlops = 1 << 11,
        Utilisation = 1 << 12,
        Changes = 1 << 13,
        ScenarioCarried = 1 << 14,
        // 1 << 15 held a currency flag that questions no longer carry: other currencies are refused.
        QuotedAmount = 1 << 16,
        Parties = 1 << 17,
        Problem = 1 << 18,
        Suggestions = 1 << 19,
        Target = 1 << 20,
        TargetScale = 1 << 21,
        Given = 1 << 22,
        Whole = 1 << 23,
        Escalation = 1 << 24,
        EscalationYear = 1 << 25,
        Difference = 1 << 26,
        Ratio = 1 << 27,
        ScenarioRefused = 1 << 28,
        Sum = 1 << 29,
        // Written last: an entry from before it has the bit clear and reads the same, so the version stays.
        EarlierDealIds = 1 << 30,
        All = (1u << 31) - 1,
    }

    [Flags]
    private enum WindowFields : uint
    {
        From = 1 << 0,
        To = 1 << 1,
        Months = 1 << 2,
        Days = 1 << 3,
        // A flag with no payload: entries written before it read the same, so the version stays.
        WithRamp = 1 << 4,
        FullRateOnly = 1 << 5,
        All = (1 << 6) - 1,
    }

    [Flags]
    private enum ChangeFields : uint
    {
        MonthlyFee = 1 << 0,
        Power = 1 << 1,
        Start = 1 << 2,
        End = 1 << 3,
        Gpus = 1 << 4,
        FeeFactor = 1 << 5,
        TermMonths = 1 << 6,
        EndShiftMonths = 1 << 7,
        FeeScales = 1 << 8,
        RampFeeFactor = 1 << 9,
        TotalKept = 1 << 10,
        GpusFactor = 1 << 11,
        PowerFactor = 1 << 12,
        FeeFrom = 1 << 13,
        Total = 1 << 14,
        All = (1 << 15) - 1,
    }

    public static byte[] Encode(DealQuery query) => Encode(query, room: 0);

    /// <summary>
    /// The encoding after <paramref name="room"/> free bytes, for a store that keeps its own few bytes (a time) in the
    /// same array rather than in a second object.
    /// </summary>
    public static byte[] Encode(DealQuery query, int room)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(room);
        ArgumentNullException.ThrowIfNull(query);
        var w = new Writer(stackalloc byte[256]);
        try
        {
            w.Byte(Version);
            w.Enum(query.Kind);
            w.Enum(query.Measure);
            w.VarUInt((uint)Present(query));
            if (query.DealIds.Count > 0)
            {
                w.Strings(query.DealIds);
            }

            if (query.Window is { } window)
            {
                Write(ref w, window);
            }

            w.DateIfSet(query.NoticeDate);
            w.DecimalIfSet(query.GpuCount);
            w.StringIfSet(query.AcceleratorId);
            w.DecimalIfSet(query.PricePerGpuHour?.Usd);
            w.DecimalIfSet(query.ElectricityPricePerKwh?.Usd);
            w.DecimalIfSet(query.Budget?.Usd);
            w.DecimalIfSet(query.Power?.Megawatts);
            w.DecimalIfSet(query.PricePerMwMonth?.Usd);
            w.DecimalIfSet(query.Duration?.Hours);
            w.DoubleIfSet(query.TrainingFlops);
            w.DecimalIfSet(query.Utilisation);
            if (query.Changes is { } changes)
            {
                Write(ref w, changes);
            }

            w.DecimalIfSet(query.QuotedAmount?.Usd);
            if (query.Parties.Count > 0)
            {
                w.VarUInt((uint)query.Parties.Count);
                foreach (var party in query.Parties)
                {
                    w.NullableString(party.CompanyId);
                    w.String(party.Name);
                }
            }

            w.StringIfSet(query.Problem);
            if (query.Suggestions.Count > 0)
            {
                w.Strings(query.Suggestions);
            }

            if (query.Target is { } target)
            {
                Write(ref w, target);
            }

            w.DecimalIfSet(query.TargetScale == 0m ? null : query.TargetScale);
            if (query.Given.Count > 0)
            {
                w.VarUInt((uint)query.Given.Count);
                foreach (var term in query.Given)
                {
                    Write(ref w, term);
                }
            }

            w.DecimalIfSet(query.Escalation);
            w.DecimalIfSet(query.EscalationYear);
            if (query.EarlierDealIds.Count > 0)
            {
                w.Strings(query.EarlierDealIds);
            }

            return w.ToArray(room);
        }
        finally
        {
            w.Dispose();
        }
    }

    /// <summary>The query <paramref name="bytes"/> encode, or null when they are not a whole query of this version.</summary>
    public static DealQuery? Decode(ReadOnlySpan<byte> bytes)
    {
        var r = new Reader(bytes);
        if (!r.Byte(out var version) || version != Version
            || !r.Enum(out QueryKind kind) || !r.Enum(out Measure measure) || !r.Mask(Fields.All, out var set))
        {
            return null;
        }

        IReadOnlyList<string> dealIds = [], suggestions = [], earlierDealIds = [];
        IReadOnlyList<Party> parties = [];
        Window? window = null;
        DealChanges? changes = null;
        DateOnly? noticeDate = null;
        string? acceleratorId = null, problem = null;
        decimal? gpuCount = null, gpuHour = null, kwh = null, budget = null, megawatts = null, mwMonth = null, hours = null;
        decimal? utilisation = null, quoted = null;
        double? flops = null;
        Unit? target = null;
        decimal? targetScale = null;
        IReadOnlyList<Term> given = [];
        decimal? escalation = null, escalationYear = null;
        var ok = (!set.HasFlag(Fields.DealIds) || r.Strings(out dealIds))
            && (!set.HasFlag(Fields.Window) || Read(ref r, out window))
            && r.DateIf(set.HasFlag(Fields.NoticeDate), out noticeDate)
            && r.DecimalIf(set.HasFlag(Fields.GpuCount), out gpuCount)
            && r.StringIf(set.HasFlag(Fields.AcceleratorId), out acceleratorId)
            && r.DecimalIf(set.HasFlag(Fields.PricePerGpuHour), out gpuHour)
            && r.DecimalIf(set.HasFlag(Fields.ElectricityPricePerKwh), out kwh)
            && r.DecimalIf(set.HasFlag(Fields.Budget), out budget)
            && r.DecimalIf(set.HasFlag(Fields.Power), out megawatts)
            && r.DecimalIf(set.HasFlag(Fields.PricePerMwMonth), out mwMonth)
            && r.DecimalIf(set.HasFlag(Fields.Duration), out hours)
            && r.DoubleIf(set.HasFlag(Fields.TrainingFlops), out flops)
            && r.DecimalIf(set.HasFlag(Fields.Utilisation), out utilisation)
            && (!set.HasFlag(Fields.Changes) || Read(ref r, out changes))
            && r.DecimalIf(set.HasFlag(Fields.QuotedAmount), out quoted)
            && (!set.HasFlag(Fields.Parties) || ReadParties(ref r, out parties))
            && r.StringIf(set.HasFlag(Fields.Problem), out problem)
            && (!set.HasFlag(Fields.Suggestions) || r.Strings(out suggestions))
            && (!set.HasFlag(Fields.Target) || Read(ref r, out target))
            && r.DecimalIf(set.HasFlag(Fields.TargetScale), out targetScale)
            && (!set.HasFlag(Fields.Given) || ReadTerms(ref r, out given))
            && r.DecimalIf(set.HasFlag(Fields.Escalation), out escalation)
            && r.DecimalIf(set.HasFlag(Fields.EscalationYear), out escalationYear)
            && escalationYear is null or (>= 1m and <= int.MaxValue)
            && (!set.HasFlag(Fields.EarlierDealIds) || r.Strings(out earlierDealIds))
            && r.AtEnd;
        return ok
            ? new DealQuery
            {
                Kind = kind,
                Measure = measure,
                DealIds = dealIds,
                EarlierDealIds = earlierDealIds,
                Window = window,
                NoticeDate = noticeDate,
                GpuCount = gpuCount,
                AcceleratorId = acceleratorId,
                PricePerGpuHour = Usd(gpuHour),
                ElectricityPricePerKwh = Usd(kwh),
                Budget = Usd(budget),
                Power = Megawatts(megawatts),
                PricePerMwMonth = Usd(mwMonth),
                Duration = hours is { } h ? Core.Quantities.Duration.FromHours(h) : null,
                TrainingFlops = flops,
                Utilisation = utilisation,
                Changes = changes,
                ScenarioCarried = set.HasFlag(Fields.ScenarioCarried),
                ScenarioRefused = set.HasFlag(Fields.ScenarioRefused),
                QuotedAmount = Usd(quoted),
                Parties = parties,
                Problem = problem,
                Suggestions = suggestions,
                Target = target,
                TargetScale = targetScale ?? 0m,
                Given = given,
                Whole = set.HasFlag(Fields.Whole),
                Escalation = escalation,
                EscalationYear = escalationYear is { } year ? (int)year : null,
                // Both flags mark a share, which needs no bit of its own.
                Contrast = (set.HasFlag(Fields.Difference), set.HasFlag(Fields.Ratio)) switch
                {
                    (true, true) => Contrast.Share,
                    (true, false) => Contrast.Difference,
                    (false, true) => Contrast.Ratio,
                    _ => set.HasFlag(Fields.Sum) ? Contrast.Sum : Contrast.None,
                },
            }
            : null;
    }

    private static Fields Present(DealQuery q) =>
        (q.DealIds.Count > 0 ? Fields.DealIds : 0)
        | (q.Window is not null ? Fields.Window : 0)
        | (q.NoticeDate is not null ? Fields.NoticeDate : 0)
        | (q.GpuCount is not null ? Fields.GpuCount : 0)
        | (q.AcceleratorId is not null ? Fields.AcceleratorId : 0)
        | (q.PricePerGpuHour is not null ? Fields.PricePerGpuHour : 0)
        | (q.ElectricityPricePerKwh is not null ? Fields.ElectricityPricePerKwh : 0)
        | (q.Budget is not null ? Fields.Budget : 0)
        | (q.Power is not null ? Fields.Power : 0)
        | (q.PricePerMwMonth is not null ? Fields.PricePerMwMonth : 0)
        | (q.Duration is not null ? Fields.Duration : 0)
        | (q.TrainingFlops is not null ? Fields.TrainingFlops : 0)
        | (q.Utilisation is not null ? Fields.Utilisation : 0)
        | (q.Changes is not null ? Fields.Changes : 0)
        | (q.ScenarioCarried ? Fields.ScenarioCarried : 0)
        | (q.ScenarioRefused ? Fields.ScenarioRefused : 0)
        | (q.QuotedAmount is not null ? Fields.QuotedAmount : 0)
        | (q.Parties.Count > 0 ? Fields.Parties : 0)
        | (q.Problem is not null ? Fields.Problem : 0)
        | (q.Suggestions.Count > 0 ? Fields.Suggestions : 0)
        | (q.Target is not null ? Fields.Target : 0)
        | (q.TargetScale != 0m ? Fields.TargetScale : 0)
        | (q.Given.Count > 0 ? Fields.Given : 0)
        | (q.Whole ? Fields.Whole : 0)
        | (q.Escalation is not null ? Fields.Escalation : 0)
        | (q.EscalationYear is not null ? Fields.EscalationYear : 0)
        | (q.Contrast is Contrast.Difference or Contrast.Share ? Fields.Difference : 0)
        | (q.Contrast is Contrast.Ratio or Contrast.Share ? Fields.Ratio : 0)
        | (q.Contrast == Contrast.Sum ? Fields.Sum : 0)
        | (q.EarlierDealIds.Count > 0 ? Fields.EarlierDealIds : 0);

    /// <summary>A unit as its symbols, size and dimension: a composed unit ("USD/kW/month") is in no table to look up.</summary>
    private static void Write(ref Writer w, Unit unit)
    {
        w.String(unit.Symbol);
        w.String(unit.Singular);
        w.DecimalIfSet(unit.Factor);
        Write(ref w, unit.Dimension);
    }

    private static void Write(ref Writer w, Dimension dimension)
    {
        foreach (var b in Enum.GetValues<BaseDimension>())
        {
            w.Byte(unchecked((byte)(sbyte)dimension[b]));
        }
    }

    private static void Write(ref Writer w, Term term)
    {
        w.String(term.Label);
        w.DecimalIfSet(term.Quantity.Low);
        w.DecimalIfSet(term.Quantity.Value);
        w.DecimalIfSet(term.Quantity.High);
        Write(ref w, term.Quantity.Dimension);
        w.Strings(term.SourceIds);
        w.Byte(term.Given ? (byte)1 : (byte)0);
    }

    private static bool Read(ref Reader r, out Unit? unit)
    {
        unit = null;
        if (!r.String(out var symbol) || !r.String(out var singular) || !r.DecimalIf(true, out var factor)
            || !Read(ref r, out Dimension dimension) || symbol.Length == 0 || factor is not > 0m)
        {
            return false;
        }

        unit = new Unit(symbol, dimension, factor.Value, singular);
        return true;
    }

    private static bool Read(ref Reader r, out Dimension dimension)
    {
        dimension = Dimension.None;
        Span<sbyte> exponents = stackalloc sbyte[Enum.GetValues<BaseDimension>().Length];
        for (var i = 0; i < exponents.Length; i++)
        {
            if (!r.Byte(out var b))
            {
                return false;
            }

            exponents[i] = unchecked((sbyte)b);
        }

        dimension = Dimension.FromExponents(exponents);
        return true;
    }

    private static bool ReadTerms(ref Reader r, out IReadOnlyList<Term> terms)
    {
        terms = [];
        if (!r.Count(out var count))
        {
            return false;
        }

        var list = new Term[count];
        for (var i = 0; i < count; i++)
        {
            if (!r.String(out var label) || !r.DecimalIf(true, out var low) || !r.DecimalIf(true, out var value) || !r.DecimalIf(true, out var high)
                || !Read(ref r, out Dimension dimension) || !r.Strings(out var sources) || !r.Byte(out var given) || given > 1)
            {
                return false;
            }

            list[i] = new Term(label, new Quantity(low!.Value, value!.Value, high!.Value, dimension)) { SourceIds = sources, Given = given == 1 };
        }

        terms = list;
        return true;
    }

    private static void Write(ref Writer w, Window window)
    {
        w.Enum(window.Kind);
        w.VarUInt((uint)((window.From is not null ? WindowFields.From : 0)
            | (window.To is not null ? WindowFields.To : 0)
            | (window.Months is not null ? WindowFields.Months : 0)
            | (window.Days is not null ? WindowFields.Days : 0)
            | (window.WithRamp ? WindowFields.WithRamp : 0)
            | (window.FullRateOnly ? WindowFields.FullRateOnly : 0)));
        w.MonthIfSet(window.From);
        w.MonthIfSet(window.To);
        w.IntIfSet(window.Months);
        w.IntIfSet(window.Days);
    }

    private static bool Read(ref Reader r, out Window? window)
    {
        window = null;
        YearMonth? from = null, to = null;
        int? months = null, days = null;
        if (!r.Enum(out WindowKind kind) || !r.Mask(WindowFields.All, out var set)
            || !r.MonthIf(set.HasFlag(WindowFields.From), out from) || !r.MonthIf(set.HasFlag(WindowFields.To), out to)
            || !r.IntIf(set.HasFlag(WindowFields.Months), out months) || !r.IntIf(set.HasFlag(WindowFields.Days), out days))
        {
            return false;
        }

        window = new Window(kind, from, to, months)
        {
            Days = days, WithRamp = set.HasFlag(WindowFields.WithRamp), FullRateOnly = set.HasFlag(WindowFields.FullRateOnly),
        };
        return true;
    }

    private static void Write(ref Writer w, DealChanges changes)
    {
        w.VarUInt((uint)((changes.MonthlyFee is not null ? ChangeFields.MonthlyFee : 0)
            | (changes.Power is not null ? ChangeFields.Power : 0)
            | (changes.Start is not null ? ChangeFields.Start : 0)
            | (changes.End is not null ? ChangeFields.End : 0)
            | (changes.Gpus is not null ? ChangeFields.Gpus : 0)
            | (changes.FeeFactor is not null ? ChangeFields.FeeFactor : 0)
            | (changes.TermMonths is not null ? ChangeFields.TermMonths : 0)
            | (changes.EndShiftMonths is not null ? ChangeFields.EndShiftMonths : 0)
            | (changes.FeeScales ? ChangeFields.FeeScales : 0)
            | (changes.RampFeeFactor is not null ? ChangeFields.RampFeeFactor : 0)
            | (changes.TotalKept ? ChangeFields.TotalKept : 0)
            | (changes.GpusFactor is not null ? ChangeFields.GpusFactor : 0)
            | (changes.PowerFactor is not null ? ChangeFields.PowerFactor : 0)
            | (changes.FeeFrom is not null ? ChangeFields.FeeFrom : 0)
            | (changes.Total is not null ? ChangeFields.Total : 0)));
        w.DecimalIfSet(changes.MonthlyFee?.Usd);
        w.DecimalIfSet(changes.Power?.Megawatts);
        w.MonthIfSet(changes.Start);
        w.MonthIfSet(changes.End);
        w.DecimalIfSet(changes.Gpus);
        w.DecimalIfSet(changes.FeeFactor);
        w.IntIfSet(changes.TermMonths);
        w.IntIfSet(changes.EndShiftMonths);
        w.DecimalIfSet(changes.RampFeeFactor);
        w.DecimalIfSet(changes.GpusFactor);
        w.DecimalIfSet(changes.PowerFactor);
        w.MonthIfSet(changes.FeeFrom);
        w.DecimalIfSet(changes.Total?.Usd);
    }

    private static bool Read(ref Reader r, out DealChanges? changes)
    {
        changes = null;
        decimal? fee = null, megawatts = null, gpus = null, factor = null, rampFactor = null, gpusFactor = null, powerFactor = null, total = null;
        int? termMonths = null, endShift = null;
        YearMonth? start = null, end = null, feeFrom = null;
        if (!r.Mask(ChangeFields.All, out var set)
            || !r.DecimalIf(set.HasFlag(ChangeFields.MonthlyFee), out fee) || !r.DecimalIf(set.HasFlag(ChangeFields.Power), out megawatts)
            || !r.MonthIf(set.HasFlag(ChangeFields.Start), out start) || !r.MonthIf(set.HasFlag(ChangeFields.End), out end)
            || !r.DecimalIf(set.HasFlag(ChangeFields.Gpus), out gpus)
            || !r.DecimalIf(set.HasFlag(ChangeFields.FeeFactor), out factor) || !r.IntIf(set.HasFlag(ChangeFields.TermMonths), out termMonths)
            || !r.IntIf(set.HasFlag(ChangeFields.EndShiftMonths), out endShift)
            || !r.DecimalIf(set.HasFlag(ChangeFields.RampFeeFactor), out rampFactor)
            || !r.DecimalIf(set.HasFlag(ChangeFields.GpusFactor), out gpusFactor) || !r.DecimalIf(set.HasFlag(ChangeFields.PowerFactor), out powerFactor)
            || !r.MonthIf(set.HasFlag(ChangeFields.FeeFrom), out feeFrom) || !r.DecimalIf(set.HasFlag(ChangeFields.Total), out total))
        {
            return false;
        }

        changes = new DealChanges
        {
            MonthlyFee = Usd(fee), Power = Megawatts(megawatts), Start = start, End = end, Gpus = gpus, FeeFactor = factor, TermMonths = termMonths, EndShiftMonths = endShift,
            FeeScales = set.HasFlag(ChangeFields.FeeScales), RampFeeFactor = rampFactor, TotalKept = set.HasFlag(ChangeFields.TotalKept),
            GpusFactor = gpusFactor, PowerFactor = powerFactor, FeeFrom = feeFrom, Total = Usd(total),
        };
        return true;
    }

    private static bool ReadParties(ref Reader r, out IReadOnlyList<Party> parties)
    {
        parties = [];
        if (!r.Count(out var count))
        {
            return false;
        }

        var read = new Party[count];
        for (var i = 0; i < count; i++)
        {
            if (!r.NullableString(out var companyId) || !r.String(out var name))
            {
                return false;
            }

            read[i] = new Party(companyId, name);
        }

        parties = read;
        return true;
    }

    private static Money? Usd(decimal? usd) => usd is { } value ? Money.FromUsd(value) : null;

    private static Power? Megawatts(decimal? megawatts) => megawatts is { } value ? Core.Quantities.Power.FromMegawatts(value) : null;
}
