using System.Text.Encodings.Web;
using System.Text.Json;
using ReviewEngine.Domain.PreReview;

namespace ReviewEngine.Cli.PreReview;

/// <summary>Writes a pre-review report as the contract JSON or as a readable Chinese report.</summary>
internal static class PreCheckReportWriter
{
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        // Keep Chinese readable in the output; the consumer is a tool or a terminal, not an HTML page.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void WriteJson(PreReviewReport report, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("scope", report.InScope ? "in" : "out");
            json.WriteStartArray("findings");
            foreach (var f in report.Findings)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", f.RuleId);
                json.WriteString("severity", PreReviewConclusions.SeverityName(f.Severity));
                json.WriteString("curability", PreReviewConclusions.CurabilityName(f.Curability));
                json.WriteString("clause", f.Clause);
                json.WriteNumber("start", f.Start);
                json.WriteNumber("end", f.End);
                json.WriteString("excerpt", f.Excerpt);
                json.WriteString("basis", f.Basis);
                // Issue 15 item 5: lawful text to put in place of the clause (null where the rule has none).
                json.WriteString("replacement", f.Replacement);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteString("conclusion", report.ConclusionLabel);
            json.WriteString("conclusionReason", report.ConclusionReason);
            json.WriteStartArray("decidingRules");
            foreach (var id in report.DecidingRules)
            {
                json.WriteStringValue(id);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    public static void WriteText(PreReviewReport report, string title, TextWriter output)
    {
        output.WriteLine("智能预审报告（供审查人员参考，结论以审查人员意见为准）");
        output.WriteLine($"标题：{title}");
        output.WriteLine($"报送类型：{PreReviewKinds.ToWireName(report.Kind)}"
            + (report.Facts.Subtype is { } subtype ? $"　子类型：{subtype}" : string.Empty)
            + (report.Facts.Nature == ContractNature.None ? string.Empty : $"　合同性质：{(report.Facts.Nature == ContractNature.Administrative ? "行政协议" : "民事合同")}"));
        output.WriteLine($"审查范围：{(report.InScope ? "属于审查范围" : "不属于审查范围")}");
        output.WriteLine($"建议结论：{report.ConclusionLabel}");
        output.WriteLine($"结论理由：{report.ConclusionReason}");
        output.WriteLine(report.Findings.Count == 0 ? "未发现问题。" : $"发现问题 {report.Findings.Count} 项：");
        var number = 0;
        foreach (var f in report.Findings)
        {
            output.WriteLine();
            output.WriteLine($"{++number}. 【{SeverityLabel(f.Severity)}·{(f.Curability == Curability.NotCurable ? "不可补正" : "可修改")}】{f.RuleId} {f.Title}");
            output.WriteLine($"   位置：{f.Clause}" + (f.End > 0 ? $"（第 {f.Start}–{f.End} 字符）" : string.Empty));
            if (f.Excerpt.Length > 0)
            {
                output.WriteLine($"   原文：{f.Excerpt}");
            }
            output.WriteLine($"   依据：{f.Basis}");
            output.WriteLine($"   说明：{f.Explanation}");
            output.WriteLine($"   建议：{f.Suggestion}");
        }
    }

    private static string SeverityLabel(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Blocking => "必须修改",
        FindingSeverity.Major => "重要",
        FindingSeverity.Minor => "一般",
        _ => "提示",
    };
}
