using ReviewEngine.Application.Common;
using ReviewEngine.Domain.Experts;

namespace ReviewEngine.Web.Pages.Admin.Experts;

/// <summary>The add/edit form of an expert; lists are typed as 、-separated text, as in the import file.</summary>
public sealed class ExpertForm
{
    public string? Name { get; set; }
    public string? Organisation { get; set; }
    public string? OrganisationType { get; set; }
    public string? Title { get; set; }
    public string? Fields { get; set; }
    public int YearsInField { get; set; }
    public DateOnly? TermStart { get; set; }
    public DateOnly? TermEnd { get; set; }
    public string? Status { get; set; }
    public string? Conflicts { get; set; }
    public string? UserId { get; set; }

    public static ExpertForm From(Expert e) => new()
    {
        Name = e.Name,
        Organisation = e.Organisation,
        OrganisationType = e.OrganisationType.ToString(),
        Title = e.Title,
        Fields = string.Join("、", e.Fields),
        YearsInField = e.YearsInField,
        TermStart = e.TermStart,
        TermEnd = e.TermEnd,
        Status = e.Status.ToString(),
        Conflicts = string.Join("、", e.Conflicts),
        UserId = e.UserId,
    };

    /// <summary>The profile, or every problem with the form at once (the handler adds the pool's own checks).</summary>
    public ExpertProfile ToProfile()
    {
        var problems = new List<string>();
        if (!OrganisationTypes.TryParse(OrganisationType, out var type))
        {
            problems.Add($"单位类型须为：{OrganisationTypes.AllowedText}");
        }

        if (!ExpertStatuses.TryParse(Status, out var status))
        {
            problems.Add($"状态须为：{ExpertStatuses.AllowedText}");
        }

        if (TermStart is null || TermEnd is null)
        {
            problems.Add("请填写聘期开始和结束日期");
        }

        if (problems.Count > 0)
        {
            throw new InvalidInputException(string.Join("；", problems));
        }

        return new ExpertProfile(Name ?? "", Organisation ?? "", type, Title ?? "", ExpertProfile.SplitList(Fields), YearsInField,
            TermStart!.Value, TermEnd!.Value, status, ExpertProfile.SplitList(Conflicts), UserId);
    }
}
