namespace ReviewEngine.Domain.Experts;

/// <summary>One problem in an import file: 1-based line and column (0 when the whole file is concerned) and the column's header.</summary>
public sealed record ImportError(int Line, int Column, string ColumnName, string Reason)
{
    public override string ToString() => $"line {Line}, column {Column} ({ColumnName}): {Reason}";
}
