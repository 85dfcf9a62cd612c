using ReviewEngine.Domain.Experts;

namespace ReviewEngine.Application.Opinions;

/// <summary>
/// The sentence that answers an expert whose verdict the conclusion departs from. It names where the letter deals
/// with the point the expert raised (an issue, the district centre's guidance, the lawyer's opinion: found by a
/// shared phrase of four or more characters), or else gives the reviewer's reasoning; it never invents a reason.
/// </summary>
public static class DissentAnswer
{
    private const int SharedPhrase = 4;

    public static string For(ExpertOpinionEntry entry, string conclusion, LetterContext context)
    {
        var who = $"对{entry.Expert}提出的“{ExpertVerdicts.Label(entry.Verdict!.Value)}”意见";
        var because = $"故审查结论为“{conclusion}”。";
        var issue = context.Issues.FirstOrDefault(i => Shares(entry.Text, i.Problem + i.RequiredChange));
        if (issue is not null)
        {
            return $"{who}：该意见所指问题已列入本意见书审查意见第{issue.No}项，送审单位按修改要求修改后即可消除，{because}";
        }

        if (context.DistrictGuidance.Any(g => Shares(entry.Text, g.Text)))
        {
            return $"{who}：区合法性审查中心指导意见已就该问题提出处理意见，送审单位应按该意见一并修改，修改后即可消除，{because}";
        }

        if (context.LawyerOpinions.Any(l => Shares(entry.Text, l.Text)))
        {
            return $"{who}：公职律师/法律顾问意见已就该问题提出处理意见，送审单位应按该意见一并修改，修改后即可消除，{because}";
        }

        if (entry.Verdict == ExpertVerdict.Agree && context.Issues.Count > 0)
        {
            return $"{who}：经审查，送审事项存在本意见书审查意见所列问题，须修改后方可实施，{because}";
        }

        return string.IsNullOrWhiteSpace(context.Reasoning)
            ? $"{who}，经审查未予采纳。"
            : $"{who}，经审查未予采纳，理由是：{context.Reasoning.Trim().TrimEnd('。')}。";
    }

    /// <summary>True when the two texts share a phrase of <see cref="SharedPhrase"/> characters (punctuation ignored).</summary>
    public static bool Shares(string a, string b)
    {
        var x = Letters(a);
        var y = Letters(b);
        for (var i = 0; i + SharedPhrase <= x.Length; i++)
        {
            if (y.Contains(x.Substring(i, SharedPhrase), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string Letters(string text) => new(text.Where(char.IsLetterOrDigit).ToArray());
}
