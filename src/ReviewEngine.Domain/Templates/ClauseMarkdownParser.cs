using System.Text.RegularExpressions;

namespace ReviewEngine.Domain.Templates;

/// <summary>Reads clauses.md (syntax in templates/README.md):
/// <c># 标题</c>, then per clause <c>## clause-id: 条款标题 [locked|optional]</c>, paragraph lines, and
/// <c>&gt; 审查提示 C-XXX-01, C-YYY-02: 说明</c> reviewer notes. HTML comments are ignored.</summary>
internal static partial class ClauseMarkdownParser
{
    [GeneratedRegex(@"^##\s+(?<id>[^:：\s]+)\s*[:：]\s*(?<heading>.+?)\s*\[(?<mode>[^\]]*)\]\s*$")]
    private static partial Regex ClauseHeading();

    [GeneratedRegex(@"^>\s*审查提示\s+(?<rules>[^:：]+?)\s*[:：]\s*(?<text>.+)$")]
    private static partial Regex NoteLine();

    public static ClausesFileSource Parse(string file, string text)
    {
        string? title = null;
        var titleLine = 0;
        var clauses = new List<ClauseSource>();
        ClauseSource? current = null;
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var lineNo = i + 1;
            if (line.Length == 0 || (line.StartsWith("<!--", StringComparison.Ordinal) && line.EndsWith("-->", StringComparison.Ordinal)))
            {
                continue;
            }

            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                current = ParseHeading(file, line, lineNo);
                clauses.Add(current);
            }
            else if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                (title, titleLine) = (line[2..].Trim(), lineNo);
            }
            else if (current is null)
            {
                throw new TemplateLoadException(file, $"line {lineNo}", "text before the first clause heading (## id: 标题 [locked|optional])");
            }
            else if (line.StartsWith('>'))
            {
                current.Notes.Add((lineNo, ParseNote(file, line, lineNo)));
            }
            else
            {
                current.Paragraphs.Add((lineNo, line));
            }
        }

        return new ClausesFileSource(title, titleLine, clauses);
    }

    private static ClauseSource ParseHeading(string file, string line, int lineNo)
    {
        var m = ClauseHeading().Match(line);
        if (!m.Success)
        {
            throw new TemplateLoadException(file, $"line {lineNo}", $"clause heading must read '## clause-id: 标题 [locked|optional]', got '{line}'");
        }

        var mode = m.Groups["mode"].Value.Trim();
        if (mode is not ("locked" or "optional"))
        {
            throw new TemplateLoadException(file, $"line {lineNo}", $"clause mode must be locked or optional, got '{mode}'");
        }

        return new ClauseSource(m.Groups["id"].Value, m.Groups["heading"].Value, mode == "locked", lineNo, [], []);
    }

    private static ReviewerNote ParseNote(string file, string line, int lineNo)
    {
        var m = NoteLine().Match(line);
        if (!m.Success)
        {
            throw new TemplateLoadException(file, $"line {lineNo}", "a quoted line must be a reviewer note: '> 审查提示 C-XXX-01, …: 说明'");
        }

        var rules = m.Groups["rules"].Value.Split([',', '，', '、', ' '], StringSplitOptions.RemoveEmptyEntries);
        var unknown = rules.FirstOrDefault(r => !ContractChecklistRules.Ids.Contains(r));
        if (unknown is not null)
        {
            throw new TemplateLoadException(file, $"line {lineNo}", $"unknown checklist rule id '{unknown}' (see docs/checklists.md)");
        }

        return new ReviewerNote(rules, m.Groups["text"].Value.Trim());
    }
}
