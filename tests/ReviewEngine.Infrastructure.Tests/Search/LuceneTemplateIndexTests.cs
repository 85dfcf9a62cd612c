using ReviewEngine.Application.Templates;
using ReviewEngine.Domain.Templates;
using ReviewEngine.Infrastructure.Search;

namespace ReviewEngine.Infrastructure.Tests.Search;

/// <summary>Index lifecycle: rebuild on source change, one writer per folder, near-real-time precedents.</summary>
public sealed class LuceneTemplateIndexTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "re-tpl-life-" + Guid.NewGuid().ToString("N"));

    private string Templates => Path.Combine(_root, "templates");

    private string IndexPath => Path.Combine(_root, "index");

    public LuceneTemplateIndexTests()
    {
        var source = RepositoryLocator.TemplatesDirectory();
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Templates, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public void RebuildsAtOpenWhenTemplateSourcesChanged()
    {
        using (var index = LuceneTemplateIndex.Open(IndexPath, TemplateLoader.LoadLibrary(Templates)))
        {
            Assert.Empty(index.Search(new TemplateSearchQuery("\"蓝莓采摘\"")));
        }

        File.AppendAllText(Path.Combine(Templates, "land-management-right-transfer", "clauses.md"),
            "\n## picking: 采摘体验 [optional]\n乙方可以在流转土地上开展蓝莓采摘体验。\n> 审查提示 C-FORM-01: 示例。\n");
        var changed = TemplateLoader.LoadLibrary(Templates);
        var progress = new List<IndexProgress>();
        using var reopened = LuceneTemplateIndex.Open(IndexPath, changed, new SyncProgress(progress.Add));

        Assert.Equal(changed.Templates.Count, progress.Count);
        var hit = Assert.Single(reopened.Search(new TemplateSearchQuery("\"蓝莓采摘\"")));
        Assert.Equal(("land-management-right-transfer", "picking"), (hit.TemplateId, hit.ClauseId));
    }

    [Fact]
    public void OpeningTheSameIndexTwiceInOneProcessIsRefused()
    {
        var library = TemplateLoader.LoadLibrary(Templates);
        using var index = LuceneTemplateIndex.Open(IndexPath, library);

        var ex = Assert.Throws<InvalidOperationException>(() => LuceneTemplateIndex.Open(IndexPath, library));
        Assert.Contains("one IndexWriter per index", ex.Message);
    }

    [Fact]
    public void IndexHeldByAnotherWriterFailsWithAClearMessage()
    {
        Directory.CreateDirectory(IndexPath);
        using var directory = Lucene.Net.Store.FSDirectory.Open(IndexPath);
        using var other = new Lucene.Net.Index.IndexWriter(directory,
            new Lucene.Net.Index.IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, null));

        var ex = Assert.Throws<IOException>(() => LuceneTemplateIndex.Open(IndexPath, TemplateLoader.LoadLibrary(Templates)));
        Assert.Contains("in use by another process", ex.Message);
    }

    [Fact]
    public void IssuedOpinionIssuesAreSearchableAtOnceAndSurviveATemplateRebuild()
    {
        var library = TemplateLoader.LoadLibrary(Templates);
        using var index = LuceneTemplateIndex.Open(IndexPath, library);
        index.IndexOpinionIssues(
        [
            new PrecedentIssue("婺合审〔2026〕12号", 1, "第九条 扶持政策",
                "约定按乙方年度纳税额地方留成部分的50%给予奖励，属于与税收挂钩的奖励。", "《公平竞争审查条例》第十条", "行政协议", "修改后签订", 2026,
                "investment-attraction"),
        ]);

        var found = Assert.Single(index.SearchPrecedents("纳税额 奖励"));
        Assert.Equal(("婺合审〔2026〕12号", 1), (found.OpinionId, found.IssueNo));
        Assert.Equal((2026, "修改后签订", "《公平竞争审查条例》第十条"), (found.Year, found.Conclusion, found.LegalBasis));
        // Template search never returns precedents: every hit is a clause of a real template.
        Assert.All(index.Search(new TemplateSearchQuery("年度纳税额 地方留成", Top: 12)),
            h => Assert.NotNull(library.Find(h.TemplateId)?.FindClause(h.ClauseId)));

        index.Rebuild(library);
        Assert.Single(index.SearchPrecedents("纳税额 奖励"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    // Progress<T> posts to the thread pool; the test needs the reports before Open returns.
    private sealed class SyncProgress(Action<IndexProgress> report) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value) => report(value);
    }
}
