using System.Text.RegularExpressions;

namespace ReviewEngine.Domain.PreReview.Reading;

/// <summary>
/// Reads one act in one sentence (domain.md §7.10). The act's scope is its comma segment, extended back over
/// earlier segments until one states a condition or a carve-out (…的， 如…， 除…外) or the act's segment opens
/// with a new subject or a contrast (甲方…， 但…). Negations in the scope before the act are counted (an even
/// number affirms: 不承诺不引进), the last modal word before the act gives the modality, and the actor is the
/// nearest party named before the act that is not an object (向乙方, 迫使乙方), with 由X taking precedence.
/// </summary>
public static class SentenceReader
{
    private static readonly char[] SegmentEnds = ['，', ',', '：', ':'];

    /// <param name="readActor">False when the caller puts no condition on the actor: finding it is the costly part.</param>
    public static ClauseReading Read(string sentence, int act, Func<PartyLexicon> parties, bool readActor = true)
    {
        act = Math.Clamp(act, 0, sentence.Length);
        var segments = Segments(sentence, act);
        var index = segments.FindIndex(s => act >= s.Start && act < s.Start + Math.Max(1, s.Text.Length + 1));
        if (index < 0)
        {
            index = segments.Count - 1;
        }
        var first = index;
        // A segment with its own negation or modal word before the act governs it alone (乙方不转让股权，不变更用途;
        // 不承诺保底收益，不为债务提供担保); one without (…停止供水、供电，强制清场等方式) continues the previous one.
        var ownPrefix = sentence[segments[index].Start..Math.Max(segments[index].Start, act)];
        var governsItself = ReadingCues.Negation().Matches(ownPrefix).Any(m => m.Groups["neg"].Success) || ReadingCues.Modal().IsMatch(ownPrefix);
        while (!governsItself && first > 0
            && !ReadingCues.NewSubject().IsMatch(segments[first].Text)
            && !ReadingCues.OwnPredicate().IsMatch(segments[first].Text)
            && !ReadingCues.Contrast().IsMatch(segments[first].Text)
            && !ReadingCues.Condition().IsMatch(segments[first - 1].Text))
        {
            first--;
        }
        var scopeStart = segments[first].Start;
        var before = sentence[scopeStart..act];
        var segment = segments[index].Text;
        return new ClauseReading(
            ReasonFramePolarity(sentence, act) ?? (CountNegations(before) % 2 == 1 ? Polarity.Negated : Polarity.Affirmed),
            LastModality(before),
            readActor ? ActorOf(sentence, scopeStart, act, parties(), segments) : Actor.Unknown,
            QuotesStatute(sentence, scopeStart, segments[first].Text, segments, index),
            ReadingCues.Exception().IsMatch(segment),
            ReadingCues.Definition().IsMatch(sentence),
            index < segments.Count - 1 && segments[(index + 1)..].Any(x => x.Text.Trim().Length > 0) && ReadingCues.ConditionSegment().IsMatch(segment));
    }

    /// <summary>
    /// A statute or a competent body named anywhere in the sentence marks the act as referring to a rule, except when
    /// the reference lies wholly in an earlier segment and the act's scope opens with a party of its own: then it was that
    /// earlier subject's act (由自然资源主管部门依法挂牌出让，甲方确保乙方以每亩5万元取得: the township's promise is its own);
    /// and except when it lies in a later segment that opens with a party of its own: that is the parties' next act, not
    /// the basis of this one (经双方协商，甲方将商铺出租给乙方，双方依照《民法典》订立本合同: the lease was still negotiated).
    /// </summary>
    private static bool QuotesStatute(string sentence, int scopeStart, string scopeOpening, List<(int Start, string Text)> segments, int index) =>
        ReadingCues.StatuteReference().Matches(sentence)
            .Any(m => (m.Index + m.Length > scopeStart || !ReadingCues.PartySubject().IsMatch(scopeOpening))
                && !InLaterPartyClause(m.Index, segments, index));

    private static bool InLaterPartyClause(int reference, List<(int Start, string Text)> segments, int index)
    {
        for (var k = segments.Count - 1; k > index; k--)
        {
            if (reference >= segments[k].Start)
            {
                return ReadingCues.PartySubject().IsMatch(segments[k].Text);
            }
        }
        return false;
    }

    /// <summary>
    /// An act named as the reason or condition of a frame (甲方不以上级资金未到位、审计未完成为由延迟付款): the frame's own
    /// negation decides — refused as a reason — and negations inside the reason (未到位) describe it, not the act.
    /// </summary>
    private static Polarity? ReasonFramePolarity(string sentence, int act)
    {
        foreach (Match frame in ReadingCues.ReasonFrame().Matches(sentence))
        {
            var reason = frame.Groups["r"];
            if (act >= reason.Index && act < reason.Index + reason.Length)
            {
                return frame.Groups["neg"].Success ? Polarity.Negated : Polarity.Affirmed;
            }
        }
        return null;
    }

    private static int CountNegations(string text)
    {
        var count = 0;
        var previousWasNegation = false;
        foreach (Match m in ReadingCues.Negation().Matches(text))
        {
            // A negation inside a modifier that an earlier segment closes (逾期未安装的商铺，…罚款) is the
            // noun's, not the act's.
            var rest = text[(m.Index + m.Length)..];
            var comma = rest.IndexOfAny(['，', ',']);
            // …者 closes the same kind of modifier (屡教不改者没收…, 拒不配合者): the negation describes the person.
            var person = rest.IndexOf('者', StringComparison.Ordinal);
            var local = (comma >= 0 && rest[..comma].Contains('的', StringComparison.Ordinal))
                || (m.Length == 1 && person is >= 1 and <= 2 && rest[person - 1] != '或' && (comma < 0 || person < comma))
                || ClosesAsCondition(rest, comma)
                || ClosesAcrossAlternatives(rest)
                || DescribesTheObject(text[..m.Index], m.Length, rest, comma);
            if (!m.Groups["neg"].Success || local)
            {
                continue;
            }
            // Coordinated negated predicates (不指定、不限定; 不收取押金或者不收取费用) each deny their own verb:
            // the second negation repeats the first's scope instead of negating it again (不承诺不引进 stacks).
            var coordinated = previousWasNegation && ReadingCues.Coordination().IsMatch(text[..m.Index]);
            count += coordinated ? 0 : 1;
            previousWasNegation = true;
        }
        return count;
    }

    // 对未上牌的电动自行车予以暂扣: a one-character negation opening the 的-modifier of the object that 对/将/把 introduces
    // describes that object (vehicles not registered); the act itself is affirmed. 对不符合条件的申请不予受理 keeps its
    // own 不予.
    private static bool DescribesTheObject(string lead, int length, string rest, int comma)
    {
        var de = rest.IndexOf('的', StringComparison.Ordinal);
        return length == 1 && de is >= 1 and <= 10 && (comma < 0 || de < comma)
            && (lead.EndsWith('对') || lead.EndsWith('将') || lead.EndsWith('把') || lead.EndsWith('凡'));
    }

    // 逾期不清理的由镇组织强行平毁: a short 的-phrase right after the negation, followed at once by the main clause's
    // agent or adverb (由, 一律, 予以 …), closes it without a comma — the negation is the condition's, not the act's.
    // Not a 的 inside a noun phrase (不约定出让金的返还, 不设任何形式的担保): what follows it is no clause opening.
    private static bool ClosesAsCondition(string rest, int comma)
    {
        var de = rest.IndexOf('的', StringComparison.Ordinal);
        return de is >= 1 and <= 8 && (comma < 0 || de < comma)
            && rest[..de].IndexOfAny(['对', '向', '将', '把', '以', '为', '给', '与', '从', '按', '依', '就', '在']) < 0
            && ReadingCues.MainClauseOpening().IsMatch(rest[(de + 1)..]);
    }

    // 未登记领取号牌，或者在限行路段行驶的电动自行车，由…暂扣: the negation opens the first of alternatives that one
    // 的 closes together, so it describes the vehicle, not the seizure.
    private static bool ClosesAcrossAlternatives(string rest)
    {
        var de = rest.IndexOf('的', StringComparison.Ordinal);
        if (de is < 1 or > 40)
        {
            return false;
        }
        var parts = rest[..de].Split(['，', ',']);
        return parts.Length > 1 && parts.Skip(1).All(p => ReadingCues.AlternativeOpening().IsMatch(p));
    }

    private static Modality LastModality(string text)
    {
        var last = ReadingCues.Modal().Matches(text).LastOrDefault();
        return last is null ? Modality.Statement
            : last.Groups["prohibition"].Success ? Modality.Prohibition
            : last.Groups["obligation"].Success ? Modality.Obligation
            : Modality.Permission;
    }

    private static Actor ActorOf(string sentence, int scopeStart, int act, PartyLexicon parties, List<(int Start, string Text)> segments)
    {
        var mentions = parties.Mentions(sentence[..act]).ToList();
        // A party named right before the act is its subject, whatever marks it (经区人民政府作出征收决定: the
        // 区人民政府 decides; 由乙方使用甲方指定的服务站: 甲方 designates, 乙方 only uses).
        var adjacent = mentions.LastOrDefault(m => m.Index + m.Length <= act
            && ReadingCues.AdverbOnly().IsMatch(sentence[(m.Index + m.Length)..act]));
        if (adjacent.Length > 0 && (NamesDoer(sentence, adjacent.Index) || !IsObject(sentence, adjacent, mentions, scopeStart)))
        {
            return adjacent.Actor;
        }
        // 由甲方… names the doer explicitly: in the act's own scope first.
        var agent = mentions.LastOrDefault(m => m.Index >= scopeStart && m.Index > 0 && sentence[m.Index - 1] == '由');
        if (agent.Length > 0)
        {
            return agent.Actor;
        }
        foreach (var mention in Enumerable.Reverse(mentions).Where(m => m.Index >= scopeStart))
        {
            if (!IsObject(sentence, mention, mentions, scopeStart))
            {
                return mention.Actor;
            }
        }
        // A 由甲方 of an earlier segment carries over when the act's own scope names no subject (由乙方负责建设，并
        // 承担…), but a subject of the act's own segment beats it (…由乙方独家处置，甲方不再批准其他企业). A hand-over
        // (…交由乙方开发，不再与其他企业合作) names the doer of that segment's verb only.
        agent = mentions.LastOrDefault(m => m.Index < scopeStart && m.Index > 0 && sentence[m.Index - 1] == '由'
            && (m.Index < 2 || sentence[m.Index - 2] is not ('交' or '转')));
        if (agent.Length > 0)
        {
            return agent.Actor;
        }
        // 由 in the act's own scope names its doer even when the doer is no party the lexicon knows (由村供水管理员关闭…):
        // the doer is then unknown, not the subject of an earlier segment.
        if (NamesUnknownDoer(sentence, scopeStart, act))
        {
            return Actor.Unknown;
        }
        // No subject in the act's own scope: Chinese drops a repeated subject, so it is the subject that opens an
        // earlier segment (乙方不服甲方履约行为的，可以…: 乙方, not the nearer 甲方).
        foreach (var segment in Enumerable.Reverse(segments).Where(s => s.Start < scopeStart))
        {
            var opening = mentions.FirstOrDefault(m => m.Index >= segment.Start && m.Index < segment.Start + segment.Text.Length
                && !IsObject(sentence, m, mentions, segment.Start));
            if (opening.Length > 0)
            {
                return opening.Actor;
            }
        }
        return Actor.Unknown;
    }

    private static bool NamesUnknownDoer(string sentence, int scopeStart, int act)
    {
        for (var i = act - 1; i >= scopeStart; i--)
        {
            if (sentence[i] == '由'
                && (i == 0 || sentence[i - 1] is not ('交' or '转' or '理' or '缘' or '因' or '经'))
                && (i + 1 >= act || sentence[i + 1] is not ('于' or '此')))
            {
                return true;
            }
        }
        return false;
    }

    // 经区人民政府作出, 被甲方收回, 由甲方指定: the marker names the doer of the verb right after the party, unless the
    // 由 completes a hand-over (交由乙方开发: 乙方 develops, but the hand-over is the other party's act).
    private static bool NamesDoer(string sentence, int index) =>
        index > 0 && (sentence[index - 1] is '经' or '被'
            || (sentence[index - 1] == '由' && (index < 2 || sentence[index - 2] is not ('交' or '转'))));

    private static bool IsObject(string sentence, (int Index, int Length, Actor Actor) mention, List<(int Index, int Length, Actor Actor)> mentions, int from)
    {
        // The words since the previous mention (向项目所在地人民法院, 对甲方的行为) tell an object from a subject.
        var previousEnd = mentions.Where(m => m.Index + m.Length <= mention.Index).Select(m => m.Index + m.Length).DefaultIfEmpty(from).Max();
        var lead = sentence[Math.Min(Math.Max(previousEnd, from), mention.Index)..mention.Index];
        var follows = mention.Index + mention.Length < sentence.Length ? sentence[mention.Index + mention.Length] : ' ';
        if (ReadingCues.ObjectMarker().IsMatch(lead) || ReadingCues.Preposition().IsMatch(lead) || follows == '的'
            || ReadingCues.PossessedNoun().IsMatch(sentence, mention.Index + mention.Length))
        {
            return true;
        }
        // A body named through another party's place (向甲方所在地人民法院), or the head of a 的-phrase that opens with an
        // object (不向与乙方经营范围相同的企业出租), is part of that party's phrase.
        var previous = mentions.LastOrDefault(m => m.Index + m.Length <= mention.Index);
        if (previous.Length == 0 || previous.Index < from)
        {
            return false;
        }
        var between = sentence[(previous.Index + previous.Length)..mention.Index];
        return (ReadingCues.PlaceOf().IsMatch(between) || ReadingCues.ModifierOf().IsMatch(between))
            && IsObject(sentence, previous, mentions, from);
    }

    private static List<(int Start, string Text)> Segments(string sentence, int act)
    {
        var segments = new List<(int, string)>();
        // The article label (第八条, 三、, （二）) is not part of the first segment's grammar.
        var start = ReadingCues.ClauseLabel().Match(sentence).Length;
        // Nor is the article's heading (第五条 非排他 本协议…): 非 in 非排他 names the article, it does not deny an act
        // of the text that follows (an act named in the heading itself is read with its heading).
        if (start > 0 && start + ReadingCues.ArticleHeading().Match(sentence, start).Length is var body && body <= act)
        {
            start = body;
        }
        for (var i = 0; i <= sentence.Length; i++)
        {
            if (i == sentence.Length || Array.IndexOf(SegmentEnds, sentence[i]) >= 0)
            {
                segments.Add((start, sentence[start..i]));
                start = i + 1;
            }
        }
        return segments;
    }
}
