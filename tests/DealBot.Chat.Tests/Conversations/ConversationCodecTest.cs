using System.Collections;
using System.Reflection;
using DealBot.Chat.Conversations;
using DealBot.Core.Catalog;
using DealBot.Core.Quantities;
using DealBot.Core.Queries;
using DealBot.Core.Units;
using DealBot.Language;

namespace DealBot.Chat.Tests.Conversations;

public sealed partial class ConversationCodecTest
{
    /// <summary>Every field set to a value that is not its default, so a field the codec forgets cannot pass.</summary>
    private static readonly DealQuery Full = new()
    {
        Kind = QueryKind.WhatIf,
        Measure = Measure.PerGpuHour,
        DealIds = ["anthropic-xai", "openai-oracle"],
        EarlierDealIds = ["google-xai"],
        Window = new Window(WindowKind.Between, new YearMonth(2026, 7), new YearMonth(2029, 5), 35) { Days = 180, WithRamp = true, FullRateOnly = true },
        NoticeDate = new DateOnly(2026, 12, 31),
        GpuCount = 220_000.5m,
        AcceleratorId = "h100",
        PricePerGpuHour = Money.FromUsd(2.4999999999999999999m),
        ElectricityPricePerKwh = Money.FromUsd(0.081m),
        Budget = Money.FromBillions(45.123456789m),
        Power = Power.FromMegawatts(300.25m),
        PricePerMwMonth = Money.FromUsd(4_166_666.666666666666666666667m),
        Duration = Duration.FromHours(8_760.5m),
        TrainingFlops = 3.1415926535897931e26,
        Utilisation = 0.4m,
        Changes = new DealChanges
        {
            MonthlyFee = Money.FromBillions(2m),
            Power = Power.FromGigawatts(1.5m),
            Start = new YearMonth(2027, 1),
            End = new YearMonth(2030, 12),
            Gpus = 325_000m,
            GpusFactor = 0.5m,
            PowerFactor = 3m,
            FeeFrom = new YearMonth(2028, 1),
            FeeFactor = 0.8m,
            TermMonths = 120,
            EndShiftMonths = -12,
            FeeScales = true,
            TotalKept = true,
            RampFeeFactor = 0m,
            Total = Money.FromBillions(50m),
        },
        Problem = "couldn't tell which deal: \"the thing\" — 🤔",
        Suggestions = ["How much will Anthropic pay xAI?", "Compare xAI and Oracle per MW-year"],
        ScenarioCarried = true,
        ScenarioRefused = true,
        QuotedAmount = Money.FromBillions(-40m),
        Parties = [new Party("anthropic", "Anthropic"), new Party(null, "Disney")],
        Target = Prelude.Usd.Per(Prelude.Kilowatt).Per(Prelude.Month),
        TargetScale = 1e9m,
        Given =
        [
            new Term("900 GPUs", Quantity.Of(900m, Prelude.Gpu)) { Given = true },
            new Term("220,000 GPUs (range 220,000–325,000)", Quantity.Of(220_000m, 220_000m, 325_000m, Prelude.Gpu)) { SourceIds = ["s1", "s2"] },
        ],
        Whole = true,
        Escalation = 0.035m,
        EscalationYear = 3,
        Contrast = Contrast.Ratio,
    };

    private static readonly QuestionParser Parser = new(CatalogLoader.LoadDefault());

    /// <summary>Questions (and the question before, for follow-ups) whose parsed queries together set every field.</summary>
    public static TheoryData<string, string?> Questions { get; } = new()
    {
        { "xai per year", null },
        { "and per GPU-hour?", "xai per year" },
        { "and google xai?", "xai per year" },
        { "xai total in billions", null },
        { "how many 2 kW racks fit in 40 MW?", null },
        { "how much will anthropic end up paying xai?", null },
        { "how much does anthropic pay xai from July 2026 to May 2029", null },
        { "xai first 180 days", null },
        { "and the next 2 weeks?", "xai first 180 days" },
        { "xai for 18 months", null },
        { "if xai's fee rose 5% a year, what would the monthly fee be in the 3rd year", null },
        { "how much more does anthropic pay xai than google does per year", null },
        { "what % of the oracle deal is the xai deal?", null },
        { "what if the xai total were $50B, per month?", null },
        { "xai plus oracle per year", null },
        { "minimum if anthropic cancels on 2026-12-31", null },
        { "10000 H100s at $2.50/hr for a year", null },
        { "how many GPU-hours does $1.25B buy at $2/hr", null },
        { "100 MW at $0.08/kWh for a year", null },
        { "what does 1 GW cost at $4M per MW-month", null },
        { "time to train 1e26 flop on 10000 h100 at 40% mfu", null },
        { "compare xai and oracle per MW", null },
        { "what if xai ran to 2030", null },
        { "what if the xai deal ended in 2030 with 300000 gpus at $2B a month starting jan 2027", null },
        { "what if it were 500 MW", null },
        { "xai per gpu hour with half the gpus and twice the power, same fee", null },
        { "if the xai fee were 1.5b from jan 2028, total to term?", null },
        { "minimum if they cancel today", "what if it were $1B a month" },
        { "xai per year in euros", null },
        { "is the xai deal really worth over $40B?", null },
        { "how much does anthropic pay nvidia", null },
        { "asdfghjkl", null },
        { "help", null },
        { "what if they paid 75% of the power", "xai per year" },
    };

    public static TheoryData<decimal> Decimals { get; } = new()
    {
        0m, 1m, 1.0m, 1.00m, -2.50m, new decimal(0, 0, 0, isNegative: true, scale: 3), 0.0000000000000000000000000001m,
        4_166_666.666666666666666666667m, decimal.MaxValue, decimal.MinValue,
    };

    [Fact]
    public void Sample_SetsEveryFieldToANonDefaultValue()
    {
        foreach (var (owner, value) in new (Type, object)[]
                 {
                     (typeof(DealQuery), Full), (typeof(Window), Full.Window!), (typeof(DealChanges), Full.Changes!),
                     (typeof(Party), Full.Parties[0]),
                 })
        {
            foreach (var property in Stored(owner))
            {
                var unset = IsDefault(property, property.GetValue(value));
                Assert.False(unset, $"{owner.Name}.{property.Name} is not set in the sample: add it, and to the codec");
            }
        }
    }

    [Fact]
    public void RoundTrip_KeepsEveryField()
    {
        AssertSameQuery(Full, ConversationCodec.Decode(ConversationCodec.Encode(Full)));
    }

    [Fact]
    public void RoundTrip_MinimalQuery_KeepsEmptyListsAndNulls()
    {
        var minimal = new DealQuery { Kind = QueryKind.Deal };

        var read = ConversationCodec.Decode(ConversationCodec.Encode(minimal));

        Assert.Equal(minimal, read);
    }

    [Fact]
    public void Encode_MinimalQuery_IsVersionKindMeasureAndAnEmptyFieldMask()
    {
        var bytes = ConversationCodec.Encode(new DealQuery { Kind = QueryKind.Deal, Measure = Measure.MonthlyCost });

        Assert.Equal([ConversationCodec.Version, (byte)QueryKind.Deal, (byte)Measure.MonthlyCost, 0], bytes);
    }

    [Fact]
    public void Enums_KeepTheNumbersStoredEntriesWereWrittenWith()
    {
        var numbered = string.Join(" ", Enum.GetNames<QueryKind>().Concat(Enum.GetNames<Measure>()).Concat(Enum.GetNames<WindowKind>()));

        // Appending a value: add it here. Inserting, removing or reordering: also bump ConversationCodec.Version, or a
        // stored conversation reads back as another measure.
        Assert.Equal(
            "Unknown Help Deal WhatIf Compare Compute NoSuchDeal Compose "
            + "Summary MonthlyCost YearlyCost DailyCost HourlyCost WeeklyCost Start End Capacity Hardware GpuCount Parties "
            + "Termination Total MinimumCommitment PerMwMonth PerMwYear PerMwh PerKwh PerGpuMonth PerGpuHour PerGpuYear "
            + "ElectricityShare EnergyPerMonth EnergyPerYear EnergyOverTerm Homes GpusForPower FlopsPerMonth TimeToTrain "
            + "GpuRentalCost GpuHoursForBudget PowerCost ElectricityCost ElectricityBill "
            + "ToTerm Between SoFar Remaining ForDuration First Next Past Final Ramp FullRate",
            numbered);
    }

    [Theory]
    [MemberData(nameof(Decimals))]
    public void RoundTrip_Decimal_KeepsValueScaleAndSign(decimal value)
    {
        var read = ConversationCodec.Decode(ConversationCodec.Encode(new DealQuery { Kind = QueryKind.Compute, GpuCount = value }));

        Assert.Equal(decimal.GetBits(value), decimal.GetBits(read!.GpuCount!.Value));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-0.0)]
    [InlineData(double.Epsilon)]
    [InlineData(1e308)]
    public void RoundTrip_TrainingFlops_KeepsEveryBit(double flops)
    {
        var read = ConversationCodec.Decode(ConversationCodec.Encode(new DealQuery { Kind = QueryKind.Compute, TrainingFlops = flops }));

        Assert.Equal(BitConverter.DoubleToInt64Bits(flops), BitConverter.DoubleToInt64Bits(read!.TrainingFlops!.Value));
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public void RoundTrip_ParsedQuestion_KeepsEveryField(string question, string? previous)
    {
        var parsed = Parse(question, previous);

        AssertSameQuery(parsed, ConversationCodec.Decode(ConversationCodec.Encode(parsed)));
    }

    [Fact]
    public void Questions_TogetherSetEveryField()
    {
        var parsed = Questions.Select(row => Parse((string)row[0], (string?)row[1])).ToList();

        foreach (var property in Stored(typeof(DealQuery)))
        {
            var set = parsed.Any(q => !IsDefault(property, property.GetValue(q)));
            Assert.True(set, $"no question in the table sets {property.Name}: add one");
        }
    }

    private static DealQuery Parse(string question, string? previous) =>
        Parser.Parse(question, previous is null ? null : Parser.Parse(previous));

    /// <summary>
    /// Field by field (the record's own equality compares lists by reference), then byte for byte, which catches a
    /// decimal whose scale changed (1.0 and 1.00 are equal).
    /// </summary>
    private static void AssertSameQuery(DealQuery expected, DealQuery? actual)
    {
        Assert.NotNull(actual);
        foreach (var property in Stored(typeof(DealQuery)))
        {
            var (want, got) = (property.GetValue(expected), property.GetValue(actual));
            if (want is IEnumerable list and not string)
            {
                Assert.True(list.Cast<object>().SequenceEqual(((IEnumerable)got!).Cast<object>()), $"{property.Name} changed");
            }
            else
            {
                Assert.True(Equals(want, got), $"{property.Name}: {want} became {got}");
            }
        }

        Assert.Equal(ConversationCodec.Encode(expected), ConversationCodec.Encode(actual));
    }

    private static bool IsDefault(PropertyInfo property, object? value) =>
        value is null
        || (value is IEnumerable list and not string && !list.Cast<object>().Any())
        || (property.PropertyType.IsValueType && value.Equals(Activator.CreateInstance(property.PropertyType)));

    private static IEnumerable<PropertyInfo> Stored(Type type) => type
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanWrite && p.Name != "EqualityContract");
}
