using ReviewEngine.Domain.Calendar;

namespace ReviewEngine.Domain.Tests.Calendar;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = TestWorkflows.Calendar;

    // domain.md §5.4: day 1 is the first working day after the start; holidays skipped; 调休 weekend days count.
    [Theory]
    [InlineData("2025-09-26", 7, "2025-10-13")]
    [InlineData("2025-09-30", 5, "2025-10-14")]
    [InlineData("2025-12-31", 7, "2026-01-12")]
    [InlineData("2026-02-12", 5, "2026-02-26")]
    [InlineData("2026-02-12", 15, "2026-03-11")]
    [InlineData("2026-04-30", 7, "2026-05-13")]
    [InlineData("2026-09-18", 15, "2026-10-15")]
    [InlineData("2026-09-30", 7, "2026-10-15")]
    public void AddsWorkingDaysAcrossHolidaysAndMakeUpDays(string start, int days, string expected)
    {
        var result = Calendar.AddWorkingDays(DateOnly.Parse(start), days);

        Assert.Equal(DateOnly.Parse(expected), result.Date);
        Assert.False(result.Provisional);
    }

    [Theory]
    [InlineData("2026-02-14", true)]   // Saturday, 调休 make-up day before 春节
    [InlineData("2026-02-28", true)]   // Saturday, make-up day after 春节
    [InlineData("2026-10-10", true)]   // Saturday, make-up day after 国庆
    [InlineData("2025-01-26", true)]   // Sunday, make-up day 2025
    [InlineData("2026-02-16", false)]  // Monday inside 春节
    [InlineData("2026-10-05", false)]  // Monday inside 国庆
    [InlineData("2025-10-08", false)]  // Wednesday inside 国庆+中秋 2025
    [InlineData("2026-03-07", false)]  // ordinary Saturday
    [InlineData("2026-03-09", true)]   // ordinary Monday
    public void KnowsHolidaysAndMakeUpDays(string day, bool working) =>
        Assert.Equal(working, Calendar.IsWorkingDay(DateOnly.Parse(day)));

    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    public void EachPublishedYearHas248WorkingDays(int year) =>
        Assert.Equal(248, Calendar.CountWorkingDays(new DateOnly(year - 1, 12, 31), new DateOnly(year, 12, 31)));

    [Fact]
    public void YearWithoutDataIsComputedOnWeekendsAndMarkedProvisional()
    {
        var result = Calendar.AddWorkingDays(new DateOnly(2026, 12, 30), 5);

        Assert.True(result.Provisional);
        Assert.Equal(new DateOnly(2027, 1, 6), result.Date); // 31 Dec, then Fri 1 Jan … (2027 holidays unknown)
    }

    [Fact]
    public void PeriodEndingInsideKnownYearIsNotProvisional() =>
        Assert.False(Calendar.AddWorkingDays(new DateOnly(2026, 12, 1), 5).Provisional);

    [Fact]
    public void RemainingWorkingDaysIsZeroOnDueDateAndNegativeWhenOverdue()
    {
        var due = new DateOnly(2026, 10, 9);

        Assert.Equal(0, Calendar.RemainingWorkingDays(due, due));
        Assert.Equal(2, Calendar.RemainingWorkingDays(new DateOnly(2026, 9, 30), due)); // 10-08, 10-09
        Assert.Equal(-2, Calendar.RemainingWorkingDays(new DateOnly(2026, 10, 12), due)); // 10-10 (调休), 10-12
    }

    [Fact]
    public void CountsFromTheTableAgreeWithADayByDayWalkInsideAndAcrossTheTableEdges()
    {
        var random = new Random(20261128);
        var days = new List<DateOnly> { new(1999, 12, 30), new(2000, 1, 1), new(2099, 12, 31), new(2100, 1, 3) };
        for (var i = 0; i < 400; i++)
        {
            days.Add(new DateOnly(2024, 1, 1).AddDays(random.Next(0, 4 * 366)));
        }

        foreach (var from in days)
        {
            var to = random.Next(3) == 0 ? days[random.Next(days.Count)] : from.AddDays(random.Next(-400, 400));
            var walked = 0;
            for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
            {
                walked += Calendar.IsWorkingDay(d) ? 1 : 0;
            }

            Assert.True(walked == Calendar.CountWorkingDays(from, to), $"{from} → {to}");
        }
    }

    [Fact]
    public void RejectsNegativeWorkingDays() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(new DateOnly(2026, 1, 5), -1));

    [Fact]
    public void CalendarFileWithMakeUpDayInsideHolidayIsRejected()
    {
        const string json = """{"year":2026,"holidays":[{"name":"春节","from":"2026-02-15","to":"2026-02-23"}],"makeUpWorkdays":["2026-02-16"]}""";

        var ex = Assert.Throws<FormatException>(() => CalendarFileParser.Parse(json, "2026.json"));

        Assert.Contains("$.makeUpWorkdays", ex.Message);
    }
}
