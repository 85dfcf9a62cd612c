using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ReviewEngine.Cli.Common;
using ReviewEngine.Domain;
using ReviewEngine.Domain.Calendar;
using ReviewEngine.Infrastructure;
using ReviewEngine.Infrastructure.Workflows;

namespace ReviewEngine.Cli.Calendar;

/// <summary>`review calendar add-working-days &lt;yyyy-MM-dd&gt; &lt;n&gt; [--format json]`.</summary>
internal static class CalendarCommand
{
    public static Command Create()
    {
        var start = new Argument<string>("start") { Description = "起算日 yyyy-MM-dd（不计入）" };
        var days = new Argument<int>("n") { Description = "工作日数" };
        var format = CliOptions.Format();
        var dir = CliOptions.WorkflowsDirectory();
        var add = new Command("add-working-days", "计算 N 个法定工作日后的到期日（含调休）") { start, days, format, dir };
        add.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (!DateOnly.TryParseExact(parse.GetValue(start), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from))
            {
                error.WriteLine($"start: '{parse.GetValue(start)}' 不是 yyyy-MM-dd 格式的日期");
                return ExitCodes.BadInput;
            }

            if (from.Year is < WorkingDayCalendar.MinYear or > WorkingDayCalendar.MaxYear)
            {
                error.WriteLine($"start: 年份须在 {WorkingDayCalendar.MinYear} 到 {WorkingDayCalendar.MaxYear} 之间");
                return ExitCodes.BadInput;
            }

            var n = parse.GetValue(days);
            if (n is < 0 or > 3650)
            {
                error.WriteLine($"n: {n} 须在 0 到 3650 之间");
                return ExitCodes.BadInput;
            }

            var calendar = FileWorkflowCatalog.Load(parse.GetValue(dir) ?? RepositoryPaths.Folder("workflows")).Calendar;
            var due = calendar.AddWorkingDays(from, n);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == "json")
            {
                var json = new { start = from.ToString("yyyy-MM-dd"), workingDays = n, due = due.Date.ToString("yyyy-MM-dd"), provisional = due.Provisional };
                output.WriteLine(JsonSerializer.Serialize(json, JsonOptions.Compact));
            }
            else
            {
                output.WriteLine($"{from:yyyy-MM-dd} 起 {n} 个工作日：{due.Date:yyyy-MM-dd}（{ChineseWeekday(due.Date)}）{(due.Provisional ? "（暂定：该年节假日安排尚未发布）" : "")}");
            }

            return ExitCodes.Ok;
        });
        var command = new Command("calendar", "法定工作日日历");
        command.Subcommands.Add(add);
        return command;
    }

    private static string ChineseWeekday(DateOnly d) => "星期" + "日一二三四五六"[(int)d.DayOfWeek];
}
