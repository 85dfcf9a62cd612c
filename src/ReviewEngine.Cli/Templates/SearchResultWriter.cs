using ReviewEngine.Application.Templates;

namespace ReviewEngine.Cli.Templates;

/// <summary>Prints search results as the JSON contract or as a readable Chinese table.</summary>
internal static class SearchResultWriter
{
    public static void Write(TextWriter output, TemplateSearchQuery query, IReadOnlyList<TemplateSearchHit> hits, bool json)
    {
        if (json)
        {
            CliJson.Write(output, hits.Select(h => new SearchResultItem(
                h.TemplateId, h.Title, Math.Round(h.Score, 4), h.ClauseId, h.Highlights)));
            return;
        }

        if (hits.Count == 0)
        {
            output.WriteLine($"没有找到与“{query.Text}”相关的范本。");
            return;
        }

        var table = new TextTable("名次", "范本编号", "名称", "性质", "得分", "最相关条款");
        for (var i = 0; i < hits.Count; i++)
        {
            var h = hits[i];
            table.Add((i + 1).ToString(), h.TemplateId, h.Title, h.Kind, h.Score.ToString("0.000"), $"{h.ClauseHeading}（{h.ClauseId}）");
        }

        table.WriteTo(output);
        output.WriteLine();
        foreach (var (h, i) in hits.Select((h, i) => (h, i)))
        {
            output.WriteLine($"{i + 1}. {h.Title} · {h.ClauseHeading}");
            foreach (var fragment in h.Highlights)
            {
                output.WriteLine($"   …{fragment}…");
            }
        }
    }

    private sealed record SearchResultItem(string TemplateId, string Title, double Score, string ClauseId, IReadOnlyList<string> Highlights);
}
