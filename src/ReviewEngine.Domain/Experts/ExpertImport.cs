namespace ReviewEngine.Domain.Experts;

/// <summary>A parsed import file: the rows, or every error. Callers import nothing unless <see cref="IsValid"/>.</summary>
public sealed record ExpertImport(IReadOnlyList<ExpertProfile> Rows, IReadOnlyList<ImportError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
