using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ReviewEngine.Domain.PreReview.Rules;

/// <summary>
/// The required literals of every pattern of a rule set, numbered once. A document is scanned once for all of them
/// (<see cref="Scan"/>); a pattern whose requirement the document does not meet cannot match the document or any part
/// of it, so it is not run. Patterns not in the index (built elsewhere) always run.
/// </summary>
public sealed class LiteralIndex
{
    public static readonly LiteralIndex Empty = new([]);

    private readonly Dictionary<Regex, int[][]> _requirements = new(ReferenceEqualityComparer.Instance);

    // Literals by their first character: the scan looks each character of the text up once.
    private readonly FrozenDictionary<char, (string Literal, int Id)[]> _byFirst;

    public LiteralIndex(IEnumerable<Regex> patterns)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var regex in patterns)
        {
            if (_requirements.ContainsKey(regex))
            {
                continue;
            }
            var clauses = RequiredLiterals.Of(regex);
            if (clauses.Count == 0)
            {
                continue;
            }
            _requirements[regex] = clauses
                .Select(clause => clause.Select(literal => ids.TryGetValue(literal, out var id) ? id : ids[literal] = ids.Count).ToArray())
                .ToArray();
        }
        Count = ids.Count;
        _byFirst = ids.GroupBy(p => p.Key[0])
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => (p.Key, p.Value)).ToArray());
    }

    /// <summary>How many distinct literals the index holds.</summary>
    public int Count { get; }

    /// <summary>How many patterns carry a requirement.</summary>
    public int Patterns => _requirements.Count;

    /// <summary>Which literals occur in the text: one pass, each position looked up by its character.</summary>
    public LiteralPresence Scan(string text)
    {
        var present = new bool[Count];
        var span = text.AsSpan();
        for (var i = 0; i < span.Length; i++)
        {
            if (!_byFirst.TryGetValue(span[i], out var candidates))
            {
                continue;
            }
            var rest = span[i..];
            foreach (var (literal, id) in candidates)
            {
                if (!present[id] && rest.StartsWith(literal, StringComparison.Ordinal))
                {
                    present[id] = true;
                }
            }
        }
        return new LiteralPresence(this, present);
    }

    internal bool Allows(Regex regex, bool[] present)
    {
        if (!_requirements.TryGetValue(regex, out var clauses))
        {
            return true;
        }
        foreach (var clause in clauses)
        {
            var met = false;
            foreach (var id in clause)
            {
                if (present[id])
                {
                    met = true;
                    break;
                }
            }
            if (!met)
            {
                return false;
            }
        }
        return true;
    }
}

/// <summary>The literals one document holds; answers whether a pattern may match the document or any part of it.</summary>
public sealed class LiteralPresence(LiteralIndex index, bool[] present)
{
    public bool MayMatch(Regex regex) => index.Allows(regex, present);
}
