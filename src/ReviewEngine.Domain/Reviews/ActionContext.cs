using ReviewEngine.Domain.Calendar;
using ReviewEngine.Domain.Organisations;

namespace ReviewEngine.Domain.Reviews;

/// <summary>Who acts, when (from the injected clock), and the calendar deadlines are counted in.</summary>
public sealed record ActionContext(Actor Actor, DateTimeOffset Now, WorkingDayCalendar Calendar)
{
    public DateOnly Today => ChinaTime.DateOf(Now);

    public DateTime NowUtc => Now.UtcDateTime;
}
