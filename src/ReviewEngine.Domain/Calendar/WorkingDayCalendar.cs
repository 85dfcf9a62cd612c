namespace ReviewEngine.Domain.Calendar;

/// <summary>
/// Statutory working days: weekdays, minus holidays, plus 调休 make-up days, per year as published.
/// Counting follows 民法典 art 201 by analogy: "N working days from D" starts at the first working day after D.
/// </summary>
public sealed class WorkingDayCalendar
{
    /// <summary>Dates callers may ask about: wide enough for any review deadline, far from DateOnly's limits.</summary>
    public const int MinYear = 1900;
    public const int MaxYear = 2199;

    // Enough for any review period; guards against a loop on absurd input.
    private const int MaxWorkingDays = 3650;

    // Counts between two days of this range are two reads of a cumulative table (built on first use, 146 KB): the inbox
    // counts the remaining working days of every line, and a day-by-day walk over long-overdue tasks showed in its profile.
    private static readonly DateOnly TableStart = new(2000, 1, 1);
    private static readonly DateOnly TableEnd = new(2099, 12, 31);

    private readonly Dictionary<int, CalendarYear> _years;

    // Written at most once per instance with the same content, so a race only builds it twice.
    private int[]? _cumulative;

    public WorkingDayCalendar(IEnumerable<CalendarYear> years)
    {
        _years = years.ToDictionary(y => y.Year);
    }

    public IReadOnlyCollection<int> KnownYears => _years.Keys;

    public bool HasDataFor(int year) => _years.ContainsKey(year);

    public bool IsWorkingDay(DateOnly day)
    {
        if (_years.TryGetValue(day.Year, out var year))
        {
            if (year.MakeUpWorkdays.Contains(day))
            {
                return true;
            }

            if (year.Holidays.Contains(day))
            {
                return false;
            }
        }

        return day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>The n-th working day after <paramref name="start"/> (n = 0 gives the start itself).</summary>
    public WorkingDayResult AddWorkingDays(DateOnly start, int workingDays)
    {
        if (workingDays is < 0 or > MaxWorkingDays)
        {
            throw new ArgumentOutOfRangeException(nameof(workingDays), workingDays, $"工作日数须在 0 到 {MaxWorkingDays} 之间");
        }

        var day = start;
        var provisional = false;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            provisional |= !HasDataFor(day.Year);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return new WorkingDayResult(day, provisional);
    }

    /// <summary>Working days d with from &lt; d ≤ to; zero when to ≤ from.</summary>
    public int CountWorkingDays(DateOnly fromExclusive, DateOnly toInclusive)
    {
        if (toInclusive <= fromExclusive)
        {
            return 0;
        }

        if (fromExclusive >= TableStart && toInclusive <= TableEnd)
        {
            var cumulative = _cumulative ??= BuildCumulative();
            return cumulative[toInclusive.DayNumber - TableStart.DayNumber] - cumulative[fromExclusive.DayNumber - TableStart.DayNumber];
        }

        var count = 0;
        for (var day = fromExclusive.AddDays(1); day <= toInclusive; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Working days from <see cref="TableStart"/> up to and including each day of the table.</summary>
    private int[] BuildCumulative()
    {
        var table = new int[TableEnd.DayNumber - TableStart.DayNumber + 1];
        var count = 0;
        for (var i = 0; i < table.Length; i++)
        {
            count += IsWorkingDay(TableStart.AddDays(i)) ? 1 : 0;
            table[i] = count;
        }

        return table;
    }

    /// <summary>Working days left until <paramref name="due"/>: 0 on the due date, negative when overdue.</summary>
    public int RemainingWorkingDays(DateOnly today, DateOnly due) =>
        due >= today ? CountWorkingDays(today, due) : -CountWorkingDays(due, today);
}
