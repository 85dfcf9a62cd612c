using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReviewEngine.Application.Organisations;
using ReviewEngine.Application.PreReview;
using ReviewEngine.Application.Statistics;
using ReviewEngine.Domain.Calendar;
using ReviewEngine.Web.Identity;
using ReviewEngine.Web.Labels;

namespace ReviewEngine.Web.Pages.Statistics;

/// <summary>统计: district users see every township, township users their own (the one visibility rule); same tables as .xlsx.</summary>
public sealed class IndexModel(CurrentViewer me, GetReviewStatisticsHandler statistics, ListTownshipsHandler townships, IStatisticsWorkbookWriter workbook,
    IPreReviewAnalyzer rules, TimeProvider clock)
    : PageModel
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Township { get; set; }

    public ReviewStatistics Figures { get; private set; } = null!;
    public IReadOnlyList<StatisticsTable> Tables { get; private set; } = [];
    public IReadOnlyList<TownshipOption> Townships { get; private set; } = [];

    /// <summary>A rule as a reader knows it: its title, with the id after it.</summary>
    public string RuleName(string ruleId) => DisplayLabels.Rule(ruleId, rules.RuleTitle(ruleId));

    public async Task OnGetAsync(CancellationToken ct)
    {
        Figures = await LoadAsync(ct);
        Tables = StatisticsTables.From(Figures, RuleName);
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var tables = StatisticsTables.From(await LoadAsync(ct), RuleName);
        var stream = new MemoryStream();
        workbook.Write(tables, stream);
        stream.Position = 0;
        return File(stream, XlsxType, $"审查统计_{From:yyyyMMdd}-{To:yyyyMMdd}.xlsx");
    }

    private async Task<ReviewStatistics> LoadAsync(CancellationToken ct)
    {
        var viewer = await me.GetAsync(ct);
        var today = ChinaTime.Today(clock);
        From ??= new DateOnly(today.Year, 1, 1);
        To ??= today;
        Townships = await townships.HandleAsync(viewer, ct);
        var township = string.IsNullOrWhiteSpace(Township) ? null : Township.Trim();
        var kind = string.IsNullOrWhiteSpace(Kind) ? null : Kind.Trim();
        return await statistics.HandleAsync(new StatisticsQuery(viewer, From.Value, To.Value, kind, township), ct);
    }
}
