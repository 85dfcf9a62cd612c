using ReviewEngine.Domain.PreReview.Reading;
using ReviewEngine.Domain.PreReview.Rules;
using ReviewEngine.Domain.PreReview.Text;

namespace ReviewEngine.Domain.PreReview.Evaluation;

/// <summary>Everything the detectors read for one document, computed once.</summary>
internal sealed class AnalysisContext
{
    private static readonly char[] SentenceEnds = ['。', '；', ';', '！', '？', '!', '?', '\n'];

    public AnalysisContext(PreReviewInput input, PreReviewKind kind, IReadOnlyList<Clause> clauses, DocumentFacts facts, System.Text.RegularExpressions.Regex? agencyParty = null, AuthorityTable? authority = null, LiteralIndex? literals = null)
    {
        Input = input;
        Authority = authority ?? AuthorityTable.Empty;
        Kind = kind;
        Clauses = clauses;
        Facts = facts;
        File = new FileFacts(input.Meta);
        BodyClauses = clauses.Where(c => c.Role is ClauseRole.Preamble or ClauseRole.Recital or ClauseRole.Article).ToList();
        Sentences = BodyClauses.SelectMany(SplitSentences).ToList();
        TitleClause = clauses.FirstOrDefault(c => c.Role == ClauseRole.Title);
        _presence = new Lazy<LiteralPresence>(() => (literals ?? LiteralIndex.Empty).Scan(input.Text));
        _parties = new Lazy<PartyLexicon>(() => new PartyLexicon(facts.Parties, kind is PreReviewKind.AdminAgreement or PreReviewKind.AgencyCivilContract, agencyParty));
    }

    private readonly Lazy<PartyLexicon> _parties;
    private readonly Lazy<LiteralPresence> _presence;

    /// <summary>
    /// Whether the pattern matches <paramref name="unit"/>, which must be the document's text or a part of it (a clause,
    /// a sentence): a pattern whose required literals the document lacks is not run.
    /// </summary>
    public bool IsMatch(System.Text.RegularExpressions.Regex pattern, string unit) =>
        _presence.Value.MayMatch(pattern) && pattern.IsMatch(unit);

    /// <summary>
    /// Whether the pattern matches the whole document, remembered per pattern: document-level gates (requireDoc) of
    /// several detectors often share one pattern (N-TIME-01's burden test gates four of them).
    /// </summary>
    public bool DocumentMatches(System.Text.RegularExpressions.Regex pattern)
    {
        var key = pattern.ToString();
        if (!_documentMatches.TryGetValue(key, out var matches))
        {
            matches = IsMatch(pattern, Text);
            _documentMatches[key] = matches;
        }
        return matches;
    }

    private readonly Dictionary<string, bool> _documentMatches = new(StringComparer.Ordinal);

    /// <summary>Whether the pattern can match anywhere in the document (its required literals occur).</summary>
    public bool MayMatch(System.Text.RegularExpressions.Regex pattern) => _presence.Value.MayMatch(pattern);

    /// <summary>Scans the document for the rule set's literals now rather than at the first pattern (for profiling).</summary>
    public void ScanLiterals() => _ = _presence.Value;

    /// <summary>Who is who in this document, for reading the actor of an act; built only when a rule asks who acts.</summary>
    public PartyLexicon Parties => _parties.Value;

    /// <summary>Reads the act at an absolute offset in the sentence that holds it (domain.md §7.10); cached per offset.</summary>
    public ClauseReading ReadAct(int absoluteIndex, bool readActor = true)
    {
        var key = ((long)absoluteIndex << 1) | (readActor ? 1L : 0L);
        if (_readings.TryGetValue(key, out var cached))
        {
            return cached;
        }
        var sentence = SentenceHolding(absoluteIndex);
        var reading = sentence is null
            ? new ClauseReading(Polarity.Affirmed, Modality.Statement, Actor.Unknown, false, false, false)
            : SentenceReader.Read(sentence.Text, absoluteIndex - sentence.Start, () => Parties, readActor);
        if (sentence is not null && UnderRefusingLeadIn(sentence.Clause))
        {
            reading = reading with { Polarity = reading.Polarity == Polarity.Affirmed ? Polarity.Negated : Polarity.Affirmed };
        }
        _readings[key] = reading;
        return reading;
    }

    /// <summary>A list item of an article whose lead-in refuses the items (甲方不作下列承诺：（一）…).</summary>
    private bool UnderRefusingLeadIn(Clause clause)
    {
        if (clause.Label == clause.TopLabel)
        {
            return false;
        }
        var leadIn = BodyClauses.LastOrDefault(c => c.Label == clause.TopLabel && c.Start < clause.Start);
        return leadIn is not null && ReadingCues.RefusingListLeadIn().IsMatch(leadIn.Text.TrimEnd());
    }

    private readonly Dictionary<long, ClauseReading> _readings = [];

    // Sentences are in document order and do not overlap: a binary search finds the one holding an offset.
    private Sentence? SentenceHolding(int absoluteIndex)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var s = Sentences[mid];
            if (absoluteIndex < s.Start)
            {
                hi = mid - 1;
            }
            else if (absoluteIndex >= s.End)
            {
                lo = mid + 1;
            }
            else
            {
                return s;
            }
        }
        return null;
    }

    public PreReviewInput Input { get; }

    /// <summary>Which body may do what; read by detectors that name a matter.</summary>
    public AuthorityTable Authority { get; }
    public PreReviewKind Kind { get; }
    public string Text => Input.Text;
    public IReadOnlyList<Clause> Clauses { get; }
    public IReadOnlyList<Clause> BodyClauses { get; }
    public IReadOnlyList<Sentence> Sentences { get; }
    public Clause? TitleClause { get; }
    public DocumentFacts Facts { get; }

    private readonly Dictionary<string, (int Start, int End)[]> _repealed = new(StringComparer.Ordinal);

    /// <summary>
    /// True when the act lies inside a reference to an earlier clause that the text repeals or amends (原协议关于“…”的约定
    /// 废止); the spans are found once per unit text.
    /// </summary>
    public bool InRepealedReference(string text, int act)
    {
        if (!_repealed.TryGetValue(text, out var spans))
        {
            spans = text.Contains("关于", StringComparison.Ordinal) || text.Contains('“')
                ? ReadingCues.RepealedReference().Matches(text).Select(m => (m.Groups["ref"].Index, m.Groups["ref"].Index + m.Groups["ref"].Length)).ToArray()
                : [];
            _repealed[text] = spans;
        }
        foreach (var (start, end) in spans)
        {
            if (act >= start && act < end)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The attachment list and the form's facts about the file.</summary>
    public FileFacts File { get; }
    public List<Finding> Findings { get; } = [];

    public string TitleText => TitleClause?.Text ?? Input.Title;

    /// <summary>The title line of the text and the submitted title; a red-header first line can hide the real title.</summary>
    public IEnumerable<string> TitleCandidates =>
        new[] { TitleClause?.Text, Input.Title }.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim()).Distinct();

    public bool AppliesTo(CheckRule rule)
    {
        if (!rule.Kinds.Contains(Kind))
        {
            return false;
        }
        if (rule.Nature != ContractNature.None && rule.Nature != Facts.Nature)
        {
            return false;
        }
        var subtype = Facts.Subtype;
        if (rule.Subtypes.Count > 0 && (subtype is null || !rule.Subtypes.Contains(subtype)))
        {
            return false;
        }
        return subtype is null || !rule.ExcludeSubtypes.Contains(subtype);
    }

    public Sentence SentenceAt(Clause clause, int absoluteIndex) =>
        Sentences.FirstOrDefault(s => s.Clause == clause && s.Start <= absoluteIndex && absoluteIndex < s.End)
            ?? new Sentence(clause, clause.Start, clause.End, clause.Text);

    private static IEnumerable<Sentence> SplitSentences(Clause clause)
    {
        var start = 0;
        var text = clause.Text;
        for (var i = 0; i < text.Length; i++)
        {
            if (Array.IndexOf(SentenceEnds, text[i]) >= 0 || i == text.Length - 1)
            {
                var end = i + 1;
                // An item's heading (五、临时停水停电。因管网改造确需…) names the topic of what follows and does nothing
                // itself: read alone it would be an act with no subject and no negation. The sentences after it say
                // who does what (clause-level detectors still see the heading).
                if (start == 0 && end < text.Length && ReadingCues.ItemHeading().IsMatch(text[..end]))
                {
                    start = end;
                    continue;
                }
                if (text[start..end].Trim().Length > 0)
                {
                    yield return new Sentence(clause, clause.Start + start, clause.Start + end, text[start..end]);
                }
                start = end;
            }
        }
    }
}
