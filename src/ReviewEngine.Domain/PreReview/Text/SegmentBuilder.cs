using System.Text.RegularExpressions;

namespace ReviewEngine.Domain.PreReview.Text;

/// <summary>Line-by-line state machine behind <see cref="ClauseSegmenter"/>.</summary>
internal sealed partial class SegmentBuilder(string text, ClauseMarker.Kind topKind)
{
    private readonly List<Clause> _clauses = [];
    private bool _seenArticle;
    private bool _seenContent;
    private string _topLabel = string.Empty;

    // The annex opened by a 附件 line after the articles (附件一：扶持政策明细): its numbered items are the annex's, not
    // the last article's (附件第三项, not 第九条三).
    private string? _annex;

    public void AddLine(string line, int offset)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0)
        {
            return;
        }
        var start = offset + line.IndexOf(trimmed[0]);
        var end = start + trimmed.Length;
        if (!_seenContent)
        {
            _seenContent = true;
            if (TryAddTitle(trimmed, start))
            {
                return;
            }
        }
        AddBodyLine(trimmed, start, end);
    }

    public IReadOnlyList<Clause> Build() => _clauses;

    /// <summary>The 》 that closes the title's opening 《, past any title quoted inside it (《…贯彻实施《…条例》的办法》).</summary>
    private static int MatchingClose(string line)
    {
        var depth = 0;
        for (var i = 0; i < line.Length; i++)
        {
            depth += line[i] switch { '《' => 1, '》' => -1, _ => 0 };
            if (depth == 0)
            {
                return i;
            }
        }
        return line.IndexOf('》');
    }

    private bool TryAddTitle(string line, int start)
    {
        var marker = ClauseMarker.Match(line).Kind;
        if (line.StartsWith('《'))
        {
            var close = MatchingClose(line);
            var titleEnd = close < 0 ? line.Length : TitleEnd(line, close + 1);
            Add(new Clause(Clause.TitleLabel, Clause.TitleLabel, ClauseRole.Title, start, start + titleEnd, line[..titleEnd]));
            var rest = line[titleEnd..];
            if (rest.Trim().Length > 0)
            {
                var restStart = start + titleEnd + (rest.Length - rest.TrimStart().Length);
                AddBodyLine(rest.Trim(), restStart, restStart + rest.Trim().Length);
            }
            return true;
        }
        if (marker == ClauseMarker.Kind.None && line.Length <= 60 && !ClauseSegmenter.IsPartyLine(line))
        {
            Add(new Clause(Clause.TitleLabel, Clause.TitleLabel, ClauseRole.Title, start, start + line.Length, line));
            return true;
        }
        return false;
    }

    // A title may carry a trailing issue number in brackets: 《…纪要》（〔2026〕第9期）.
    private static int TitleEnd(string line, int afterClose)
    {
        var rest = line[afterClose..];
        if (rest.StartsWith('（') && rest.IndexOf('）') is var close and > 0 && !ClauseSegmenter.IsPartyLine(rest))
        {
            return afterClose + close + 1;
        }
        return afterClose;
    }

    private void AddBodyLine(string line, int start, int end)
    {
        var (kind, label) = ClauseMarker.Match(line);
        if (kind == ClauseMarker.Kind.Chapter)
        {
            Add(new Clause(label, label, ClauseRole.Heading, start, end, line));
            return;
        }
        if (kind != ClauseMarker.Kind.None)
        {
            AddArticle(kind, label, start, end, line);
            return;
        }
        if (!_seenArticle)
        {
            AddLeadingLine(line, start, end);
            return;
        }
        if (AnnexLabel(line) is { } annex)
        {
            _annex = annex;
            _topLabel = annex;
            Add(new Clause(annex, annex, ClauseRole.Article, start, end, line));
            return;
        }
        if (ClauseSegmenter.IsSignatureLine(line))
        {
            AppendOrAdd(ClauseRole.Signature, Clause.SignatureLabel, start, end);
            return;
        }
        ExtendLast(end);
    }

    private void AddArticle(ClauseMarker.Kind kind, string label, int start, int end, string line)
    {
        var isTop = _annex is null && (kind == topKind || !_seenArticle);
        if (isTop)
        {
            _topLabel = label;
        }
        var fullLabel = isTop ? label
            : _annex is not null ? _annex + (label.StartsWith('（') ? label : $"第{label}项")
            : _topLabel + label;
        _seenArticle = true;
        Add(new Clause(fullLabel, _topLabel, ClauseRole.Article, start, end, line));
    }

    private static string? AnnexLabel(string line) =>
        AnnexRegex().Match(line) is { Success: true } match ? match.Groups["w"].Value + match.Groups["n"].Value : null;

    [GeneratedRegex(@"^(?<w>附件|附表)\s*(?<n>[一二三四五六七八九十\d]{1,3})(?![^：:．.、\s])|^(?<w>附件|附表)\s*(?=[：:]|$)")]
    private static partial Regex AnnexRegex();

    private void AddLeadingLine(string line, int start, int end)
    {
        if (ClauseSegmenter.IsPartyLine(line))
        {
            AppendOrAdd(ClauseRole.Parties, Clause.PartiesLabel, start, end);
        }
        else if (line.StartsWith("鉴于", StringComparison.Ordinal))
        {
            AppendOrAdd(ClauseRole.Recital, Clause.RecitalLabel, start, end);
        }
        else
        {
            AppendOrAdd(ClauseRole.Preamble, Clause.PreambleLabel, start, end);
        }
    }

    private void AppendOrAdd(ClauseRole role, string label, int start, int end)
    {
        if (_clauses.Count > 0 && _clauses[^1].Role == role)
        {
            ExtendLast(end);
            return;
        }
        Add(new Clause(label, label, role, start, end, text[start..end]));
    }

    private void ExtendLast(int end)
    {
        if (_clauses.Count == 0)
        {
            return;
        }
        var last = _clauses[^1];
        _clauses[^1] = last with { End = end, Text = text[last.Start..end] };
    }

    private void Add(Clause clause) => _clauses.Add(clause);
}
