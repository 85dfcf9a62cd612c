namespace ReviewEngine.Domain.Legal;

/// <summary>One source with the articles relied on, printed as 《title》（document number）第…条、第…条.</summary>
public sealed record LegalCitation(LegalSource Source, IReadOnlyList<string> Articles)
{
    public override string ToString() =>
        $"《{Source.Title}》" + (Source.DocumentNumber is { } n ? $"（{n}）" : "") + string.Join("、", Articles);
}
