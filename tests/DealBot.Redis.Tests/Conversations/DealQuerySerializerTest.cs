using System.Collections;
using System.Reflection;
using DealBot.Core.Quantities;
using DealBot.Core.Queries;
using DealBot.Redis.Conversations;

namespace DealBot.Redis.Tests.Conversations;

public sealed class DealQuerySerializerTest
{
    /// <summary>Every field set to a value that is not its default, so a field the serializer forgets cannot pass.</summary>
    private static readonly DealQuery Full = new()
    {
        Kind = QueryKind.WhatIf,
        Measure = Measure.PerGpuHour,
        DealIds = ["anthropic-xai", "openai-oracle"],
        Window = new Window(WindowKind.Between, new YearMonth(2026, 7), new YearMonth(2029, 5), 35) { Days = 180 },
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
        },
        Problem = "couldn't tell which deal: \"the thing\"",
        Suggestions = ["How much will Anthropic pay xAI?", "Compare xAI and Oracle per MW-year"],
        ScenarioCarried = true,
        OtherCurrency = true,
        QuotedAmount = Money.FromBillions(40m),
        Parties = [new Party("anthropic", "Anthropic"), new Party(null, "Disney")],
    };

    [Fact]
    public void Sample_SetsEveryFieldToANonDefaultValue()
    {
        foreach (var (owner, value) in new (Type, object)[] { (typeof(DealQuery), Full), (typeof(Window), Full.Window!), (typeof(DealChanges), Full.Changes!) })
        {
            foreach (var property in Stored(owner))
            {
                var field = property.GetValue(value);
                var isDefault = field is null
                    || (field is IEnumerable list and not string && !list.Cast<object>().Any())
                    || (property.PropertyType.IsValueType && field.Equals(Activator.CreateInstance(property.PropertyType)));
                Assert.False(isDefault, $"{owner.Name}.{property.Name} is not set in the sample: add it, and to the serializer");
            }
        }
    }

    [Fact]
    public void RoundTrip_KeepsEveryField()
    {
        var read = DealQuerySerializer.Deserialize(DealQuerySerializer.Serialize(Full));

        Assert.NotNull(read);
        foreach (var property in Stored(typeof(DealQuery)))
        {
            var expected = property.GetValue(Full);
            var actual = property.GetValue(read);
            if (expected is IEnumerable list and not string)
            {
                Assert.True(list.Cast<object>().SequenceEqual(((IEnumerable)actual!).Cast<object>()), $"{property.Name} changed");
            }
            else
            {
                Assert.True(Equals(expected, actual), $"{property.Name}: {expected} became {actual}");
            }
        }
    }

    [Fact]
    public void RoundTrip_MinimalQuery_KeepsEmptyListsAndNulls()
    {
        var minimal = new DealQuery { Kind = QueryKind.Deal };

        var read = DealQuerySerializer.Deserialize(DealQuerySerializer.Serialize(minimal))!;

        Assert.Equal(QueryKind.Deal, read.Kind);
        Assert.Empty(read.DealIds);
        Assert.Empty(read.Suggestions);
        Assert.Null(read.Window);
        Assert.Null(read.Changes);
        Assert.Null(read.Power);
    }

    [Fact]
    public void Serialize_WritesEnumsByName()
    {
        var json = DealQuerySerializer.Serialize(Full);

        Assert.Contains("\"kind\":\"WhatIf\"", json, StringComparison.Ordinal);
        Assert.Contains("\"measure\":\"PerGpuHour\"", json, StringComparison.Ordinal);
        Assert.Contains("\"from\":\"2026-07\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"v\":2,\"kind\":\"Deal\",\"measure\":\"Total\",\"dealIds\":[],\"suggestions\":[]}")]
    [InlineData("{\"v\":1,\"kind\":\"Teleport\",\"measure\":\"Total\",\"dealIds\":[],\"suggestions\":[]}")]
    [InlineData("{\"v\":1,\"kind\":\"Deal\",\"measure\":\"Total\",\"dealIds\":[],\"suggestions\":[],\"window\":{\"kind\":\"Between\",\"from\":\"July\"}}")]
    public void Deserialize_UnreadableEntry_IsNoContext(string? stored)
    {
        Assert.Null(DealQuerySerializer.Deserialize(stored));
    }

    private static IEnumerable<PropertyInfo> Stored(Type type) => type
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanWrite && p.Name != "EqualityContract");
}
