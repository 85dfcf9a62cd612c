using ReviewEngine.Domain.Templates;

namespace ReviewEngine.Domain.Contracts;

/// <summary>The itemised table of each total a template declares ({"total", "sumOf"} in fields.json) and that applies
/// to the entered values: one row per part entered (label, amount in 元), then 合计. It is printed under the first
/// clause that states the total, so a reader can add the figures up.</summary>
public static class TotalBreakdown
{
    public const string TotalLabel = "合计";

    public static Dictionary<string, IReadOnlyList<KeyValuePair<string, string>>> ByClause(
        ContractTemplate template, IReadOnlyDictionary<string, string> clean, IReadOnlyDictionary<string, string> display, IReadOnlyCollection<string> omitted)
    {
        var tables = new Dictionary<string, IReadOnlyList<KeyValuePair<string, string>>>(StringComparer.Ordinal);
        foreach (var check in template.Checks.Where(c => c.Kind == FieldCheckKind.Sum && clean.ContainsKey(c.Field)))
        {
            if (check.WhenField is not null && clean.GetValueOrDefault(check.WhenField) != check.WhenEquals)
            {
                continue;
            }

            var clause = template.Clauses.FirstOrDefault(c => !omitted.Contains(c.Id) && c.Placeholders.Contains(check.Field));
            if (clause is null || tables.ContainsKey(clause.Id))
            {
                continue;
            }

            var rows = check.Others.Where(clean.ContainsKey)
                .Select(n => KeyValuePair.Create(template.FindField(n)!.Label, display[n]))
                .Append(KeyValuePair.Create(TotalLabel, display[check.Field]))
                .ToList();
            tables[clause.Id] = rows;
        }

        return tables;
    }
}
