using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Domain.Experts;

/// <summary>What an administrator (form or CSV row) says about an expert; <see cref="Validate"/> lists every problem.</summary>
public sealed record ExpertProfile(
    string Name,
    string Organisation,
    OrganisationType OrganisationType,
    string Title,
    IReadOnlyList<string> Fields,
    int YearsInField,
    DateOnly TermStart,
    DateOnly TermEnd,
    ExpertStatus Status,
    IReadOnlyList<string> Conflicts,
    string? UserId = null)
{
    private static readonly char[] ListSeparators = ['、', ';', '；', ',', '，'];

    /// <summary>Splits a 专业领域 / 回避事项 cell; 、 and ; are documented, commas are tolerated because Excel users type them.</summary>
    public static IReadOnlyList<string> SplitList(string? text) =>
        (text ?? "").Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToArray();

    public IReadOnlyList<(string Field, string Reason)> Validate()
    {
        var problems = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            problems.Add(("name", "姓名不能为空"));
        }

        if (string.IsNullOrWhiteSpace(Organisation))
        {
            problems.Add(("organisation", "工作单位不能为空"));
        }

        if (Fields.Count == 0)
        {
            problems.Add(("fields", "至少填写一个专业领域"));
        }

        if (YearsInField < 0)
        {
            problems.Add(("yearsInField", "从业年限不能为负数"));
        }

        if (TermEnd < TermStart)
        {
            problems.Add(("termEnd", $"聘期结束（{TermEnd:yyyy-MM-dd}）早于聘期开始（{TermStart:yyyy-MM-dd}）"));
        }

        return problems;
    }

    public ExpertProfile Normalised() => this with
    {
        Name = Name.Trim(),
        Organisation = Organisation.Trim(),
        Title = Title.Trim(),
        UserId = string.IsNullOrWhiteSpace(UserId) ? null : UserId.Trim(),
    };

    internal void EnsureValid()
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new DomainException(string.Join("；", problems.Select(p => p.Item2)));
        }
    }
}
