using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ReviewEngine.Application.Reviews;
using ReviewEngine.Application.Signing;

namespace ReviewEngine.Infrastructure.Search;

/// <summary>
/// The on-disk full-text index of case documents (its own folder beside the template index, so rebuilding one never
/// touches the other). SmartCn analysis as for templates; one Lucene document per case and content hash. Owns the
/// folder's only IndexWriter in this process: register as a singleton, disposed on shutdown (commits, releases write.lock).
/// </summary>
public sealed class LuceneCaseDocumentIndex : ICaseDocumentIndex, IDisposable
{
    private const string CaseIdField = "caseId";
    private const string KeyField = "key";
    private const string FileNameField = "fileName";
    private const string SyncedKey = "syncedUpToUtc";

    private readonly Analyzer _analyzer = ChineseAnalysis.Create();
    private readonly FSDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly IDocumentTextReader _reader;
    private readonly ILogger _logger;
    private readonly System.Threading.Lock _commitLock = new();

    public LuceneCaseDocumentIndex(string path, IDocumentTextReader reader, ILogger<LuceneCaseDocumentIndex>? logger = null)
    {
        System.IO.Directory.CreateDirectory(path);
        _reader = reader;
        _logger = logger ?? NullLogger<LuceneCaseDocumentIndex>.Instance;
        _directory = FSDirectory.Open(path);
        _writer = new IndexWriter(_directory, new IndexWriterConfig(ChineseAnalysis.Version, _analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND });
        _writer.Commit(); // a reader cannot open a folder that was never committed
        _searchers = new SearcherManager(_writer, true, null);
    }

    public int Count => _writer.NumDocs;

    /// <remarks>Called after the documents were committed to the database: a failure here is logged, never thrown,
    /// so the person's action stands; `review index cases` (or an empty folder at start-up) brings the index back.</remarks>
    public void Add(IReadOnlyList<CaseDocumentSource> documents)
    {
        try
        {
            foreach (var d in documents)
            {
                if (Text(d) is { Length: > 0 } text)
                {
                    var key = $"{d.CaseId:N}:{d.Sha256}";
                    _writer.UpdateDocument(new Term(KeyField, key), new Document
                    {
                        new StringField(KeyField, key, Field.Store.NO),
                        new StringField(CaseIdField, d.CaseId.ToString("N"), Field.Store.YES),
                        new StoredField(FileNameField, d.FileName),
                        new TextField(SearchFields.Body, text, Field.Store.YES),
                    });
                }
            }

            _writer.Commit();
            _searchers.MaybeRefreshBlocking();
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or ObjectDisposedException)
        {
            _logger.LogError(ex, "案件材料全文索引写入失败（{Count} 个文件）", documents.Count);
        }
    }

    public DateTime? SyncedUpToUtc =>
        _writer.CommitData.TryGetValue(SyncedKey, out var value)
            && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : null;

    public void MarkSyncedUpTo(DateTime watermarkUtc)
    {
        lock (_commitLock)
        {
            _writer.SetCommitData(new Dictionary<string, string>(_writer.CommitData)
            {
                [SyncedKey] = DateTime.SpecifyKind(watermarkUtc, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture),
            });
            _writer.Commit();
        }
    }

    public void Clear()
    {
        _writer.DeleteAll();
        lock (_commitLock)
        {
            _writer.SetCommitData(new Dictionary<string, string>());
            _writer.Commit();
        }

        _searchers.MaybeRefreshBlocking();
    }

    public IReadOnlyList<Guid> MatchingCases(string text, int max)
    {
        if (Build(text) is not { } query)
        {
            return [];
        }

        return WithSearcher(s => s.Search(query, max * 4).ScoreDocs
            .Select(sd => Guid.ParseExact(s.Doc(sd.Doc).Get(CaseIdField), "N")).Distinct().Take(max).ToList());
    }

    public IReadOnlyDictionary<Guid, CaseTextHit> Highlights(string text, IReadOnlyCollection<Guid> caseIds)
    {
        if (Build(text) is not { } query || caseIds.Count == 0)
        {
            return new Dictionary<Guid, CaseTextHit>();
        }

        var scope = new BooleanQuery();
        foreach (var id in caseIds)
        {
            scope.Add(new TermQuery(new Term(CaseIdField, id.ToString("N"))), Occur.SHOULD);
        }

        var filtered = new BooleanQuery { { query, Occur.MUST }, { scope, Occur.MUST } };
        return WithSearcher(s =>
        {
            var hits = new Dictionary<Guid, CaseTextHit>();
            foreach (var sd in s.Search(filtered, caseIds.Count * 20).ScoreDocs)
            {
                var doc = s.Doc(sd.Doc);
                var id = Guid.ParseExact(doc.Get(CaseIdField), "N");
                if (!hits.ContainsKey(id))
                {
                    hits[id] = new CaseTextHit(doc.Get(FileNameField),
                        ClauseHighlighter.Fragments(s.IndexReader, sd.Doc, _analyzer, query, doc.Get(SearchFields.Body)));
                }
            }

            return (IReadOnlyDictionary<Guid, CaseTextHit>)hits;
        });
    }

    /// <summary>Every word of the query must occur (SmartCn words, function words dropped); null when nothing is left.</summary>
    private BooleanQuery? Build(string text)
    {
        var words = ChineseAnalysis.Tokens(_analyzer, SearchFields.Body, text).Distinct().ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var query = new BooleanQuery();
        foreach (var word in words)
        {
            query.Add(new TermQuery(new Term(SearchFields.Body, word)), Occur.MUST);
        }

        return query;
    }

    private T WithSearcher<T>(Func<IndexSearcher, T> read)
    {
        _searchers.MaybeRefresh();
        var searcher = _searchers.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>The document's text; an unreadable file is left out of the index (it was accepted, so this is rare).</summary>
    private string? Text(CaseDocumentSource d)
    {
        try
        {
            return _reader.Read(d.FileName, d.Content);
        }
        catch (Exception ex) when (ex is Application.Common.InvalidInputException or IOException)
        {
            _logger.LogWarning("全文索引跳过无法读取的文件 {FileName}（案件 {CaseId}）：{Reason}", d.FileName, d.CaseId, ex.Message);
            return null;
        }
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
