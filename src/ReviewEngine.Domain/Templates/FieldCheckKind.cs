namespace ReviewEngine.Domain.Templates;

/// <summary>The kinds of cross-field rule a template may declare (see <see cref="FieldCheck"/>).</summary>
public enum FieldCheckKind
{
    Sum,
    AtMost,
    NotBefore,
}
