using System.Text.RegularExpressions;
using ReviewEngine.Domain.PreReview.Quality;
using ReviewEngine.Domain.PreReview.Rules;

namespace ReviewEngine.Domain.Tests.PreReview;

/// <summary>
/// The literal pre-filter may only skip a pattern that cannot match: what a pattern requires is read from its syntax,
/// and over every labelled document of the project no skipped pattern matches.
/// </summary>
public sealed class RequiredLiteralsTests
{
    private static string Show(IReadOnlyList<IReadOnlyList<string>> clauses) =>
        string.Join(" & ", clauses.Select(c => "{" + string.Join("|", c.Order(StringComparer.Ordinal)) + "}"));

    [Theory]
    [InlineData("税收返还", "{税收返还}")]
    [InlineData("(收取|缴纳)[^。；]{0,9}(费|金)", "{收取|缴纳} & {费|金}")]
    [InlineData("(?<act>保证|确保)[^。]{0,20}(协调)?规划", "{规划} & {保证|确保}")]
    [InlineData("不得(?!不)收费", "{不得} & {收费}")]
    [InlineData("(?<!不)收取费用", "{收取费用}")]
    [InlineData("镇+政府", "{政府} & {镇}")]
    [InlineData("镇{2,3}政府", "{政府} & {镇}")]
    [InlineData("镇{0,3}政府", "{政府}")]
    [InlineData("镇?政府", "{政府}")]
    [InlineData("a{x}b", "{a{x}b}")]
    [InlineData(@"第\d+条\(一\)", "{条(一)} & {第}")]
    [InlineData("^(甲方|乙方)：", "{乙方|甲方} & {：}")]
    [InlineData("(甲方|)支付", "{支付}")]
    [InlineData("[^]镇]+办", "{办}")]
    [InlineData(@"\u7A0E收", "{税收}")]
    [InlineData(@"(?<y>\d{4})年\k<y>", "{年}")]
    public void RequirementIsReadFromThePatternsSyntax(string pattern, string expected)
    {
        Assert.Equal(expected, Show(RequiredLiterals.Of(pattern)));
    }

    [Theory]
    [InlineData("(?i)abc")]
    [InlineData("(?(x)a|b)")]
    [InlineData("[^。]*")]
    [InlineData("(a|b")]
    [InlineData("a)b")]
    public void WhatIsNotUnderstoodOrRequiresNothingIsNeverFiltered(string pattern)
    {
        Assert.Empty(RequiredLiterals.Of(pattern));
    }

    [Fact]
    public void CaseInsensitivePatternsAreNeverFiltered()
    {
        Assert.Empty(RequiredLiterals.Of(new Regex("PPP项目", RegexOptions.IgnoreCase)));
        Assert.NotEmpty(RequiredLiterals.Of(new Regex("PPP项目")));
    }

    [Fact]
    public void PresenceSkipsOnlyPatternsWhoseLiteralsAreMissing()
    {
        var fee = new Regex("(收取|缴纳)[^。；]{0,9}(费|金)");
        var other = new Regex("(?i)x");
        var index = new LiteralIndex([fee, other]);

        Assert.True(index.Scan("乙方应当缴纳履约保证金。").MayMatch(fee));
        Assert.False(index.Scan("乙方应当缴纳保证。").MayMatch(fee));
        Assert.False(index.Scan("不收费").MayMatch(fee));
        Assert.True(index.Scan("任何文本").MayMatch(other));
        Assert.True(index.Scan("任何文本").MayMatch(new Regex("不在索引中")));
    }

    /// <summary>
    /// Soundness on real text: for every pattern of the rule files and every labelled document of the project, a
    /// pattern the pre-filter would skip does not match the document (so it matches no clause or sentence of it).
    /// </summary>
    [Fact]
    public void NoSkippedPatternMatchesAnyLabelledDocument()
    {
        var rules = RuleFixture.LoadRules();
        var patterns = rules.TextPatterns().Distinct().ToList();
        var texts = Directory.GetFiles(RepoPaths.PrecheckData, "*.jsonl")
            .SelectMany(File.ReadLines)
            .Where(line => line.Trim().Length > 0)
            .Select(line => LabelledCase.Parse(line).Input.Text)
            .Distinct()
            .ToList();
        Assert.True(texts.Count > 3000, $"only {texts.Count} documents");
        Assert.True(rules.Literals.Patterns > patterns.Count / 2, $"only {rules.Literals.Patterns} of {patterns.Count} patterns carry a requirement");

        var wrong = texts.AsParallel().SelectMany(text =>
        {
            var presence = rules.Literals.Scan(text);
            return patterns.Where(p => !presence.MayMatch(p) && p.IsMatch(text)).Select(p => $"{p} matches {text[..Math.Min(40, text.Length)]}");
        }).Take(5).ToList();

        Assert.Empty(wrong);
    }
}
