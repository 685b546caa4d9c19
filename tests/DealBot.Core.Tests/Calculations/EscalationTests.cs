using DealBot.Core.Calculations;

namespace DealBot.Core.Tests.Calculations;

public class EscalationTests
{
    [Theory]
    // Year 1 is the base; each later year compounds on the one before.
    [InlineData(0.04, 1, 1)]
    [InlineData(0.04, 2, 1.04)]
    [InlineData(0.04, 3, 1.0816)]
    [InlineData(0.10, 5, 1.4641)]
    [InlineData(0, 7, 1)]
    public void Factor_IsTheBaseCompoundedOncePerYearAfterTheFirst(decimal rate, int year, decimal expected) =>
        Assert.Equal(expected, Escalation.Factor(rate, year));

    [Theory]
    // qalc: 1 + 1.04 + 1.04^2 = 3.1216; 1 + 1.1 + 1.21 + 1.331 + 1.4641 = 6.1051.
    [InlineData(0.04, 3, 3.1216)]
    [InlineData(0.10, 5, 6.1051)]
    [InlineData(0, 4, 4)]
    public void Total_IsTheSumOfTheYearlyFactors(decimal rate, int years, decimal expected) =>
        Assert.Equal(expected, Escalation.Total(rate, years));
}
