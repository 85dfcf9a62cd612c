using System.Text.Json;

namespace ReviewEngine.Domain.Calendar;

/// <summary>Reads a year file such as workflows/calendar/2026.json (holiday ranges and make-up days).</summary>
public static class CalendarFileParser
{
    public static CalendarYear Parse(string json, string fileName)
    {
        CalendarFile? file;
        try
        {
            file = JsonSerializer.Deserialize<CalendarFile>(json, JsonOptions.Strict);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"{ex.Path}: {ex.Message}", ex);
        }

        if (file is null || file.Year is < 2000 or > 2100)
        {
            throw new FormatException($"$.year: 缺少或无效的年份");
        }

        var holidays = new HashSet<DateOnly>();
        for (var i = 0; i < file.Holidays.Count; i++)
        {
            var h = file.Holidays[i];
            if (h.From > h.To || h.From.Year != file.Year)
            {
                throw new FormatException($"$.holidays[{i}]: 放假起止日期无效（{h.From} – {h.To}）");
            }

            for (var d = h.From; d <= h.To; d = d.AddDays(1))
            {
                holidays.Add(d);
            }
        }

        var makeUp = file.MakeUpWorkdays.ToHashSet();
        var clash = makeUp.FirstOrDefault(holidays.Contains);
        if (clash != default)
        {
            throw new FormatException($"$.makeUpWorkdays: {clash} 同时是假日和调休上班日");
        }

        return new CalendarYear(file.Year, holidays, makeUp, file.Source ?? "");
    }

    private sealed record CalendarFile(int Year, string? Source, List<HolidayRange> Holidays, List<DateOnly> MakeUpWorkdays);

    private sealed record HolidayRange(string Name, DateOnly From, DateOnly To);
}
