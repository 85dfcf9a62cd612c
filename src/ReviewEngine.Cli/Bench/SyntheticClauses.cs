using ReviewEngine.Domain.Templates;

namespace ReviewEngine.Cli.Bench;

/// <summary>Builds a large corpus for the search benchmark by recombining sentences, headings and titles of the
/// real templates (fixed seed, so every run indexes the same text): 20 clauses per synthetic template.</summary>
internal static class SyntheticClauses
{
    private const int ClausesPerTemplate = 20;

    public static List<ContractTemplate> Generate(TemplateLibrary real, int clauseCount, int seed = 42)
    {
        var random = new Random(seed);
        var sentences = real.Templates.SelectMany(t => t.Clauses)
            .SelectMany(c => c.Text.Split('。', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(s => s.Length > 8)
            .ToArray();
        var headings = real.Templates.SelectMany(t => t.Clauses.Select(c => c.Heading)).Distinct().ToArray();
        var templates = new List<ContractTemplate>();
        for (var made = 0; made < clauseCount; made += ClausesPerTemplate)
        {
            var model = real.Templates[random.Next(real.Templates.Count)];
            var count = Math.Min(ClausesPerTemplate, clauseCount - made);
            var clauses = Enumerable.Range(0, count).Select(i => new TemplateClause(
                $"c{i + 1}", i + 1, headings[random.Next(headings.Length)], i % 3 != 0,
                [string.Join("。", Enumerable.Range(0, random.Next(3, 6)).Select(_ => sentences[random.Next(sentences.Length)])) + "。"],
                [])).ToList();
            templates.Add(model with
            {
                Id = $"synthetic-{templates.Count:0000}",
                Title = $"{model.Title}（样本{templates.Count}）",
                Fields = [],
                Clauses = clauses,
            });
        }

        return templates;
    }
}
