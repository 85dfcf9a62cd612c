using System.Globalization;
using System.Text;

namespace ReviewEngine.Domain.PreReview.Rules;

/// <summary>Recursive descent over .NET regex syntax; each method returns the conjunction its construct requires.</summary>
internal sealed class RequiredLiteralParser(string pattern)
{
    private int _at;

    public bool AtEnd => _at >= pattern.Length;

    private char Peek(int ahead = 0) => _at + ahead < pattern.Length ? pattern[_at + ahead] : '\0';

    public List<List<string>> Alternation()
    {
        var alternatives = new List<List<List<string>>> { Sequence() };
        while (Peek() == '|')
        {
            _at++;
            alternatives.Add(Sequence());
        }
        if (alternatives.Count == 1)
        {
            return alternatives[0];
        }
        // Any one branch may match: the requirement is one clause joining each branch's most selective clause.
        var union = new List<string>();
        foreach (var branch in alternatives)
        {
            var best = RequiredLiterals.Best(branch);
            if (best.Count == 0)
            {
                return [];
            }
            union.AddRange(best[0]);
        }
        return [union];
    }

    private List<List<string>> Sequence()
    {
        var clauses = new List<List<string>>();
        var run = new StringBuilder();
        void Flush()
        {
            if (run.Length > 0)
            {
                clauses.Add([run.ToString()]);
                run.Clear();
            }
        }
        while (!AtEnd && Peek() is not ('|' or ')'))
        {
            var (literal, required) = Atom();
            var quantifier = Quantifier();
            if (literal is { } c && quantifier is null)
            {
                run.Append(c);
                continue;
            }
            Flush();
            if ((quantifier ?? 1) >= 1)
            {
                clauses.AddRange(literal is { } single ? [[single.ToString()]] : required);
            }
        }
        Flush();
        return clauses;
    }

    /// <summary>The minimum repetition of the quantifier after an atom, or null when the atom stands once, unquantified
    /// (only then may a literal join the run before it: 镇+政府 requires 镇 and 政府, not 镇政府).</summary>
    private int? Quantifier()
    {
        int min;
        switch (Peek())
        {
            case '*' or '?':
                min = 0;
                _at++;
                break;
            case '+':
                min = 1;
                _at++;
                break;
            case '{' when Bounds() is { } bounds:
                min = bounds.Min;
                _at = bounds.End;
                break;
            default:
                return null;
        }
        if (Peek() == '?')
        {
            _at++;
        }
        return min;
    }

    private (int Min, int End)? Bounds()
    {
        var close = pattern.IndexOf('}', _at);
        if (close < 0)
        {
            return null;
        }
        var body = pattern[(_at + 1)..close];
        var comma = body.IndexOf(',');
        var first = comma < 0 ? body : body[..comma];
        return first.Length > 0 && first.All(char.IsAsciiDigit) && (comma < 0 || body[(comma + 1)..].All(char.IsAsciiDigit))
            ? (int.Parse(first, CultureInfo.InvariantCulture), close + 1)
            : null;
    }

    /// <summary>One atom: a literal character, or what a group requires (zero-width and class atoms require nothing).</summary>
    private (char? Literal, List<List<string>> Required) Atom()
    {
        var c = pattern[_at++];
        switch (c)
        {
            case '(':
                return (null, Group());
            case '[':
                SkipClass();
                return (null, []);
            case '\\':
                return (Escape(), []);
            case '.' or '^' or '$':
                return (null, []);
            case '*' or '+' or '?':
                throw new NotSupportedException("quantifier without atom");
            default:
                return (c, []);
        }
    }

    private List<List<string>> Group()
    {
        var zeroWidth = false;
        if (Peek() == '?')
        {
            _at++;
            var kind = Peek();
            if (kind == ':' || kind == '>')
            {
                _at++;
            }
            else if (kind == '=' || kind == '!')
            {
                _at++;
                zeroWidth = true;
            }
            else if (kind == '<' && Peek(1) is '=' or '!')
            {
                _at += 2;
                zeroWidth = true;
            }
            else if (kind is '<' or '\'')
            {
                var close = pattern.IndexOf(kind == '<' ? '>' : '\'', _at + 1);
                _at = close < 0 ? throw new NotSupportedException("group name") : close + 1;
            }
            else if (kind == '#')
            {
                var close = pattern.IndexOf(')', _at);
                _at = close < 0 ? throw new NotSupportedException("comment") : close + 1;
                return [];
            }
            else
            {
                // Inline options (?i), conditionals (?(…)): not read, so nothing is required.
                throw new NotSupportedException("group construct");
            }
        }
        var inner = Alternation();
        if (Peek() != ')')
        {
            throw new NotSupportedException("unclosed group");
        }
        _at++;
        return zeroWidth ? [] : inner;
    }

    private void SkipClass()
    {
        // A ']' first in the class (after an optional '^') is a literal; subtraction nests a class (-[…]).
        if (Peek() == '^')
        {
            _at++;
        }
        if (Peek() == ']')
        {
            _at++;
        }
        while (!AtEnd)
        {
            var c = pattern[_at++];
            if (c == '\\')
            {
                _at++;
            }
            else if (c == '[')
            {
                SkipClass();
            }
            else if (c == ']')
            {
                return;
            }
        }
        throw new NotSupportedException("unclosed class");
    }

    /// <summary>An escaped literal (\. \( \u4E00), or null for a class, anchor or back-reference escape.</summary>
    private char? Escape()
    {
        if (AtEnd)
        {
            throw new NotSupportedException("trailing backslash");
        }
        var c = pattern[_at++];
        switch (c)
        {
            case 'u' when _at + 4 <= pattern.Length:
                var code = int.Parse(pattern.AsSpan(_at, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                _at += 4;
                return (char)code;
            case 'p' or 'P':
                var close = pattern.IndexOf('}', _at);
                _at = close < 0 ? throw new NotSupportedException("category") : close + 1;
                return null;
            case 'k':
                var end = pattern.IndexOfAny(['>', '\''], _at + 1);
                _at = end < 0 ? throw new NotSupportedException("back-reference") : end + 1;
                return null;
            case >= '0' and <= '9':
                // A back-reference or octal escape may run on over several digits.
                while (char.IsAsciiDigit(Peek()))
                {
                    _at++;
                }
                return null;
            case 'x' or 'c':
                // Hexadecimal and control escapes: rare in the rules; read as "any character".
                _at += c == 'x' ? 2 : 1;
                return null;
            default:
                return char.IsAsciiLetterOrDigit(c) ? null : c;
        }
    }
}
