using ReviewEngine.Domain.Workflows;
using ReviewEngine.Tests.Shared;

namespace ReviewEngine.Domain.Tests.Workflows;

/// <summary>Each broken sample under Workflows/Broken proves one validation message: file, JSON path and reason.</summary>
public sealed class WorkflowValidationTests
{
    [Theory]
    [InlineData("unknown-state", "$.states[0].actions[0].to", "未知状态 'nowhere'")]
    [InlineData("unknown-role", "$.states[1].task.role", "未知角色 'mayor'")]
    [InlineData("unknown-guard", "$.states[0].actions[0].guards[1].guard", "未知守卫 'isMonday'")]
    [InlineData("unreachable-state", "$.states[2]", "状态 'orphan' 从初始状态不可达")]
    [InlineData("no-path-to-end", "$.states[2]", "状态 'parked' 没有通往终止状态的路径")]
    [InlineData("duplicate-state", "$.states[3].id", "重复的状态 id 'review'")]
    [InlineData("duplicate-action", "$.states[1].actions[1].id", "重复的操作 id 'finish'")]
    [InlineData("task-without-role", "$.states[1].task.role", "任务缺少角色")]
    [InlineData("deadline-without-number", "$.states[0].task.deadline.workingDays", "期限缺少工作日数")]
    [InlineData("unknown-field", "$.states[1].script", "未知字段")]
    [InlineData("id-mismatch", "$.id", "须与文件名 'id-mismatch' 相同")]
    [InlineData("group-without-completion", "$.states[1].task.completion", "须有 completion 规则")]
    [InlineData("unknown-clock", "$.states[0].actions[0].clock", "未知计时效果 'restart'")]
    [InlineData("undeclared-flag", "$.states[1].actions[0].setFlags[0]", "未声明的标记 'urgent'")]
    [InlineData("guard-missing-param", "$.states[1].actions[0].guards[1].params.flag", "缺少参数 'flag'")]
    [InlineData("review-clock-without-number", "$.reviewClock.workingDays", "期限缺少工作日数")]
    [InlineData("below-legal-minimum", "$.reviewClock.workingDays", "少于法定最少预留的 7 个工作日")]
    [InlineData("unknown-kind", "$.kinds[0]", "未知审查事项类型 'PARTY_DOC'")]
    [InlineData("action-without-roles", "$.states[1].actions[0].roles", "须列出可执行的角色")]
    [InlineData("not-json", "$", "JSON 格式错误")]
    [InlineData("ladder-unknown-rung", "$.deadlineLadder.rungs[1].rung", "未知期限提醒 'orange'")]
    [InlineData("ladder-missing-number", "$.deadlineLadder.rungs[0].workingDays", "期限提醒 'remind' 缺少工作日数")]
    [InlineData("ladder-duplicate-rung", "$.deadlineLadder.rungs[1].rung", "重复的期限提醒 'escalate'")]
    [InlineData("signing-after-refusal", "$.states[2].actions[0].guards", "结论「不同意签订」不得签订")]
    [InlineData("signing-without-reviewed-text", "$.materials", "须以 reviewedText: true 标记受审文本材料")]
    public void BrokenFileIsRejectedWithPathAndReason(string name, string path, string reason)
    {
        var file = name + ".json";
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Workflows", "Broken", file));

        var result = WorkflowParser.Parse(json, file);

        Assert.Null(result.Definition);
        Assert.Contains(result.Errors, e => e.File == file && e.Path.StartsWith(path, StringComparison.Ordinal) && e.Message.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryBrokenSampleHasATest()
    {
        var tested = typeof(WorkflowValidationTests).GetMethod(nameof(BrokenFileIsRejectedWithPathAndReason))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
            .Select(a => (string)a.GetData(null!).First()[0]).ToHashSet();
        var samples = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Workflows", "Broken"), "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!);

        Assert.All(samples, s => Assert.Contains(s, tested));
    }

    [Fact]
    public void ValidatorReportsEveryErrorAtOnce()
    {
        var json = File.ReadAllText(Path.Combine(TestPaths.Workflows, "normative-document.json"))
            .Replace("\"role\": \"registrar\"", "\"role\": \"clerk\"")
            .Replace("\"to\": \"archived\"", "\"to\": \"archive\"")
            .Replace("\"to\": \"deliberation\"", "\"to\": \"deliberate\"");

        var result = WorkflowParser.Parse(json, "normative-document.json");

        Assert.True(result.Errors.Count >= 3, string.Join("\n", result.Errors));
    }
}
