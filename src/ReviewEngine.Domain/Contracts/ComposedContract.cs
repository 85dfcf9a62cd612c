using ReviewEngine.Domain.Templates;

namespace ReviewEngine.Domain.Contracts;

/// <summary>Everything a document writer needs to lay out a contract: already validated and formatted, so writers
/// only decide the layout. <see cref="OtherFields"/> are filled fields no clause or party block shows
/// (label, value), printed under the parties so no entered value is lost. <see cref="FieldsHash"/> identifies the field values (recorded in the document).</summary>
public sealed record ComposedContract(
    ContractTemplate Template,
    string Number,
    IReadOnlyDictionary<string, string> Values,
    IReadOnlyDictionary<string, string> DisplayValues,
    IReadOnlyList<ContractParty> Parties,
    IReadOnlyList<ComposedClause> Clauses,
    IReadOnlyList<string> OmittedClauses,
    string? SigningDate,
    string FieldsHash,
    IReadOnlyList<KeyValuePair<string, string>> OtherFields)
{
    public string Title => Template.Title;
}
