using System.Collections.Concurrent;
using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using ReviewEngine.Application.Templates;
using ReviewEngine.Domain.Templates;

namespace ReviewEngine.Infrastructure.Search;

/// <summary>The on-disk template (and precedent) index. Owns the only IndexWriter for its folder in this
/// process and a SearcherManager for near-real-time reads. Register it as a singleton; dispose it on shutdown
/// (Dispose commits and releases write.lock).</summary>
public sealed class LuceneTemplateIndex : ITemplateSearch, IPrecedentIndex, IDisposable
{
    // Bump when the document layout or the analysis changes, so existing indexes are rebuilt at start.
    private const string LayoutVersion = "5";
    private const string SourceHashKey = "sourceHash";
    private const string PrecedentsSyncedKey = "precedentsSyncedUpToUtc";

    private static readonly ConcurrentDictionary<string, byte> OpenIndexes = new(StringComparer.Ordinal);

    private readonly string _path;
    private readonly Analyzer _analyzer = ChineseAnalysis.Create();
    private readonly FSDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly System.Threading.Lock _writeLock = new();
    private TemplateSearchExecutor _executor;
    private TemplateQueryBuilder _queries;

    private LuceneTemplateIndex(string path, SynonymTable synonyms)
    {
        _path = path;
        _directory = FSDirectory.Open(path);
        var config = new IndexWriterConfig(ChineseAnalysis.Version, _analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND };
        _writer = new IndexWriter(_directory, config);
        _writer.Commit(); // a reader cannot open a folder that was never committed
        _searchers = new SearcherManager(_writer, true, null);
        (_queries, _executor) = Searchers(synonyms);
    }

    public string Path => _path;

    /// <summary>Opens (creating if needed) the index in <paramref name="indexPath"/> and rebuilds it when the
    /// template sources differ from those it was built from.</summary>
    public static LuceneTemplateIndex Open(string indexPath, TemplateLibrary library, IProgress<IndexProgress>? progress = null)
    {
        var full = System.IO.Path.GetFullPath(indexPath);
        if (!OpenIndexes.TryAdd(full, 0))
        {
            throw new InvalidOperationException($"the index at {full} is already open in this process; share that instance (one IndexWriter per index)");
        }

        LuceneTemplateIndex index;
        try
        {
            System.IO.Directory.CreateDirectory(full);
            index = new LuceneTemplateIndex(full, SynonymTable.Load(library.SynonymsFile));
        }
        catch (Exception ex)
        {
            OpenIndexes.TryRemove(full, out _);
            throw ex is LockObtainFailedException
                ? new IOException($"the index at {full} is in use by another process (write.lock); stop it or use another index folder", ex)
                : ex;
        }

        try
        {
            if (!index.IsBuiltFrom(library))
            {
                index.DropPrecedentsOfOlderLayout();
                index.Rebuild(library, progress);
            }

            return index;
        }
        catch
        {
            index.Dispose();
            throw;
        }
    }

    public bool IsBuiltFrom(TemplateLibrary library) =>
        _writer.CommitData.TryGetValue(SourceHashKey, out var hash) && hash == Stamp(library);

    /// <summary>
    /// Precedents indexed under an older layout may hold fields this layout no longer keeps (layout 4 stored and
    /// matched the case title, issue 18 H1); they go, and the full pass that follows a rebuild indexes them again.
    /// </summary>
    private void DropPrecedentsOfOlderLayout()
    {
        if (_writer.CommitData.TryGetValue(SourceHashKey, out var stamp) && stamp.EndsWith($":{LayoutVersion}", StringComparison.Ordinal))
        {
            return;
        }

        lock (_writeLock)
        {
            _writer.DeleteDocuments(new Term(SearchFields.Type, SearchDocumentTypes.Precedent));
        }
    }

    public void Rebuild(TemplateLibrary library, IProgress<IndexProgress>? progress = null)
    {
        lock (_writeLock)
        {
            _writer.DeleteDocuments(new Term(SearchFields.Type, SearchDocumentTypes.Template));
            _writer.DeleteDocuments(new Term(SearchFields.Type, SearchDocumentTypes.Clause));
            var done = 0;
            foreach (var template in library.Templates)
            {
                _writer.AddDocuments(TemplateDocuments.Build(template));
                progress?.Report(new IndexProgress(++done, library.Templates.Count, template.Id));
            }

            // Replaces the whole commit data, so the precedent watermark goes too: a rebuilt index (new templates,
            // or `review index rebuild` after a restore) takes one full precedent pass from the database.
            _writer.SetCommitData(new Dictionary<string, string> { [SourceHashKey] = Stamp(library) });
            _writer.Commit();
            (_queries, _executor) = Searchers(SynonymTable.Load(library.SynonymsFile));
            _searchers.MaybeRefreshBlocking();
        }
    }

    public IReadOnlyList<TemplateSearchHit> Search(TemplateSearchQuery query)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query.Text);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Top, 1);
        var searcher = _searchers.Acquire();
        try
        {
            return _executor.Search(searcher, query);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public void IndexOpinionIssues(IReadOnlyList<PrecedentIssue> issues)
    {
        lock (_writeLock)
        {
            // Idempotent per opinion: a node that syncs from the database re-indexes opinions it may already hold.
            foreach (var opinionId in issues.Select(i => i.OpinionId).Distinct())
            {
                _writer.DeleteDocuments(new Term(SearchFields.OpinionId, opinionId));
            }

            foreach (var issue in issues)
            {
                _writer.AddDocument(TemplateDocuments.Build(issue));
            }

            _writer.Commit();
            _searchers.MaybeRefreshBlocking(); // searchable at once, without reopening the index
        }
    }

    public DateTime? PrecedentsSyncedUpToUtc =>
        _writer.CommitData.TryGetValue(PrecedentsSyncedKey, out var value)
        && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc)
            ? DateTime.SpecifyKind(utc, DateTimeKind.Utc)
            : null;

    public void MarkPrecedentsSyncedUpTo(DateTime watermarkUtc)
    {
        lock (_writeLock)
        {
            var data = new Dictionary<string, string>(_writer.CommitData)
            {
                [PrecedentsSyncedKey] = DateTime.SpecifyKind(watermarkUtc, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture),
            };
            _writer.SetCommitData(data);
            _writer.Commit();
        }
    }

    public IReadOnlyList<PrecedentHit> SearchPrecedents(string text, int top = 5, string? kind = null)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return PrecedentSearch.Run(searcher, _analyzer, _queries, text, top, kind);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
        OpenIndexes.TryRemove(_path, out _);
    }

    private static string Stamp(TemplateLibrary library) => $"{library.SourceHash}:{LayoutVersion}";

    private (TemplateQueryBuilder, TemplateSearchExecutor) Searchers(SynonymTable synonyms)
    {
        var builder = new TemplateQueryBuilder(_analyzer, synonyms);
        return (builder, new TemplateSearchExecutor(_analyzer, builder));
    }
}
