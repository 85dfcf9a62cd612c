using ReviewEngine.Domain.Templates;

namespace ReviewEngine.Application.Templates;

/// <summary>What the user typed plus optional filters. Words separated by spaces must all match (AND) when any
/// template matches them all; otherwise any word may match (OR). Quoted text is searched as a phrase.</summary>
public sealed record TemplateSearchQuery(
    string Text,
    int Top = 5,
    ContractKind? Kind = null,
    string? Category = null);
