using DealBot.Core.Quantities;

namespace DealBot.Core.Tests.Quantities;

public class YearMonthTest
{
    [Theory]
    [InlineData(2026, 5, 2029, 5, 37)]
    [InlineData(2026, 7, 2029, 5, 35)]
    [InlineData(2026, 5, 2026, 5, 1)]
    [InlineData(2029, 5, 2026, 5, 0)]
    [InlineData(2026, 12, 2027, 1, 2)]
    public void CountInclusive_CountsBothEnds(int y1, int m1, int y2, int m2, int expected) =>
        Assert.Equal(expected, YearMonth.CountInclusive(new YearMonth(y1, m1), new YearMonth(y2, m2)));

    [Theory]
    [InlineData(2026, 12, 1, 2027, 1)]
    [InlineData(2026, 1, -1, 2025, 12)]
    [InlineData(2026, 5, 36, 2029, 5)]
    public void AddMonths_CrossesYears(int y, int m, int add, int ey, int em) =>
        Assert.Equal(new YearMonth(ey, em), new YearMonth(y, m).AddMonths(add));

    [Fact]
    public void ToString_IsIso() => Assert.Equal("2029-05", new YearMonth(2029, 5).ToString());
}
