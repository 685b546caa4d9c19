using DealBot.Core.Quantities;
using DealBot.Core.Queries;

namespace DealBot.Language.Tests;

public class MonthExpressionTests
{
    [Theory]
    [InlineData("May 2029", "2029-05", "2029-05")]
    [InlineData("may '29", "2029-05", "2029-05")]
    [InlineData("May of 2029", "2029-05", "2029-05")]
    [InlineData("2029-05", "2029-05", "2029-05")]
    [InlineData("05/2029", "2029-05", "2029-05")]
    [InlineData("sept 2027", "2027-09", "2027-09")]
    [InlineData("mid-2027", "2027-07", "2027-06")]
    [InlineData("mid 2027", "2027-07", "2027-06")]
    [InlineData("early 2027", "2027-01", "2027-01")]
    [InlineData("late 2027", "2027-12", "2027-12")]
    [InlineData("end of 2027", "2027-12", "2027-12")]
    [InlineData("end of May 2028", "2028-05", "2028-05")]
    [InlineData("start of 2028", "2028-01", "2028-01")]
    [InlineData("Q3 2027", "2027-07", "2027-09")]
    [InlineData("Q1 2028", "2028-01", "2028-03")]
    [InlineData("H2 2027", "2027-07", "2027-12")]
    [InlineData("2027", "2027-01", "2027-12")]
    public void TryRead_MonthExpression_ReadsStartAndEndMonths(string text, string asStart, string asEnd)
    {
        Assert.True(Readers.TryReadMonth(text, out var month));
        Assert.Equal(asStart, month.First.ToString());
        Assert.Equal(asEnd, month.Last.ToString());
    }

    [Theory]
    [InlineData("March 1 2027", "2027-03", 1)]
    [InlineData("March 1st, 2027", "2027-03", 1)]
    [InlineData("1 March 2027", "2027-03", 1)]
    [InlineData("1st of March 2027", "2027-03", 1)]
    [InlineData("2027-03-01", "2027-03", 1)]
    [InlineData("2027/03/15", "2027-03", 15)]
    [InlineData("3/1/2027", "2027-03", 1)]
    public void TryRead_Date_ReadsMonthAndDay(string text, string month, int day)
    {
        Assert.True(Readers.TryReadMonth(text, out var date));
        Assert.Equal(month, date.First.ToString());
        Assert.Equal(day, date.Day);
    }

    [Theory]
    [InlineData("may")]
    [InlineData("may 29")]
    [InlineData("march forward")]
    [InlineData("Smarch 2027")]
    [InlineData("2027-13")]
    [InlineData("13/2027")]
    [InlineData("Feb 30 2027")]
    [InlineData("1850")]
    [InlineData("Q3")]
    [InlineData("mid-century")]
    public void TryRead_NotAMonth_ReadsNothing(string text) => Assert.False(Readers.TryReadMonth(text, out _));

    [Theory]
    [InlineData("what's the least anthropic must pay if it terminates on March 1 2027", 2027, 3, 1)]
    [InlineData("minimum commitment if anthropic gives notice on 1 September 2026", 2026, 9, 1)]
    [InlineData("minimum if they cancel on 2027-03-01", 2027, 3, 1)]
    [InlineData("google xai minimum commitment if cancelled on 2028-01-15", 2028, 1, 15)]
    [InlineData("if anthropic cancels the xai deal in January 2028, what's the minimum they pay?", 2028, 1, 1)]
    [InlineData("minimum payment on the xai deal if notice is given in mid-2027", 2027, 7, 1)]
    public void Parse_NoticeDate_ReadsTheDay(string question, int year, int month, int day)
    {
        var query = TestCatalog.Parse(question);

        Assert.Equal(Measure.MinimumCommitment, query.Measure);
        Assert.Equal(new DateOnly(year, month, day), query.NoticeDate);
    }

    [Theory]
    [InlineData("what's the minimum anthropic has to pay xai if they cancel today?")]
    [InlineData("if anthropic gives notice now, how much do they still owe?")]
    [InlineData("minimum commitment on the xai deal")]
    public void Parse_NoticeTodayOrUnsaid_LeavesDateToTheClock(string question)
    {
        var query = TestCatalog.Parse(question);

        Assert.Equal(Measure.MinimumCommitment, query.Measure);
        Assert.Null(query.NoticeDate);
        Assert.Null(query.Window);
    }

    [Fact]
    public void Parse_MisspeltMonth_SaysWhichMonthIsUnclear()
    {
        var query = TestCatalog.Parse("xai total from Smarch 2027 to May 2028");

        Assert.Equal(QueryKind.Unknown, query.Kind);
        Assert.Equal(LanguageMessages.WhichMonth, query.Problem);
    }

    [Fact]
    public void YearMonthOf_ReadMonth_IsValid()
    {
        Assert.True(Readers.TryReadMonth("Dec 2200", out var month));
        Assert.Equal(new YearMonth(2200, 12), month.Last);
    }
}
