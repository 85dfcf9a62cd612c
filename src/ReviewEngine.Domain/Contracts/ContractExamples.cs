using ReviewEngine.Domain.Templates;

namespace ReviewEngine.Domain.Contracts;

/// <summary>The example values of a template's fields (fields.json "example"), which pass validation; used by
/// `review contracts fields --example`, the tests and the benchmark.</summary>
public static class ContractExamples
{
    public static Dictionary<string, string?> For(ContractTemplate template) =>
        template.Fields.Where(f => f.Example is not null).ToDictionary(f => f.Name, f => f.Example);
}
