using System.Text.RegularExpressions;
using ReviewEngine.Domain.Templates;

namespace ReviewEngine.Domain.Contracts;

/// <summary>
/// Compares a submitted contract's text (one line per paragraph, clauses headed 第X条 标题) with its standard
/// template. Clauses are matched by heading; a clause is unchanged when its text matches the template's with every
/// placeholder standing for any filled-in value. Whitespace is ignored.
/// </summary>
public static partial class ClauseComparer
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    /// <summary>The header row of a breakdown table as extracted text, whitespace removed (the extractor may join
    /// cells with ：).</summary>
    private const string BreakdownHeader = "项目：?金额（元）";

    [GeneratedRegex(@"^\s*第([一二三四五六七八九十百零〇]+)条[\s　]*(.*)$")]
    private static partial Regex ClauseHeadingRegex();

    [GeneratedRegex(@"^[甲乙丙丁]方（(盖章|签字)）")]
    private static partial Regex SignatureRowRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();

    public static IReadOnlyList<ClauseDifference> Compare(ContractTemplate template, string text)
    {
        var submitted = Segment(text);
        var result = new List<ClauseDifference>();
        foreach (var clause in template.Clauses)
        {
            var found = submitted.FirstOrDefault(s => Normalize(s.Heading) == Normalize(clause.Heading));
            if (found is null && clause.IsPartyBlock)
            {
                // Printed as the party block under the title, not as a clause (contracts generated before 2026-12-03
                // had it as 第一条 and are compared as before).
                continue;
            }

            if (found is null)
            {
                result.Add(new ClauseDifference(clause.Id, clause.Heading, ClauseDifferenceKind.Missing, clause.Locked, clause.Text, null));
                continue;
            }

            submitted.Remove(found);
            var body = string.Join("\n", found.Lines);
            var kind = Matches(clause, body) ? ClauseDifferenceKind.Unchanged : ClauseDifferenceKind.Modified;
            result.Add(new ClauseDifference(clause.Id, clause.Heading, kind, clause.Locked, clause.Text, body));
        }

        result.AddRange(submitted.Select(s => new ClauseDifference(null, s.Heading, ClauseDifferenceKind.Added, false, null, string.Join("\n", s.Lines))));
        return result;
    }

    private static bool Matches(TemplateClause clause, string body)
    {
        var pattern = string.Concat(clause.Paragraphs.Select(p => string.Join(".+?",
            Regex.Split(Normalize(p), @"\{\{[^{}]+\}\}元?").Select(Regex.Escape))));
        try
        {
            // A generated contract may print the itemised table of a total under the clause (TotalBreakdown).
            return Regex.IsMatch(Normalize(body), "^" + pattern + "(" + BreakdownHeader + ".*)?$", RegexOptions.Singleline, MatchTimeout);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static List<SubmittedClause> Segment(string text)
    {
        var segments = new List<SubmittedClause>();
        foreach (var line in text.Split('\n').Select(l => l.TrimEnd('\r')))
        {
            var heading = ClauseHeadingRegex().Match(line);
            if (heading.Success)
            {
                segments.Add(new SubmittedClause(heading.Groups[2].Value.Trim(), []));
            }
            else if (segments.Count > 0 && !string.IsNullOrWhiteSpace(line))
            {
                segments[^1].Lines.Add(line.Trim());
            }
        }

        // The generated document ends the clauses with （以下无正文） and the signature table.
        if (segments.Count > 0)
        {
            var last = segments[^1].Lines;
            var end = last.FindIndex(l => l.Contains("以下无正文") || SignatureRowRegex().IsMatch(l));
            if (end >= 0)
            {
                last.RemoveRange(end, last.Count - end);
            }
        }

        return segments;
    }

    private static string Normalize(string s) => WhitespaceRegex().Replace(s, "");

    private sealed record SubmittedClause(string Heading, List<string> Lines);
}
