using System.CommandLine;
using System.Diagnostics;
using ReviewEngine.Infrastructure.Search;

namespace ReviewEngine.Cli.Templates;

/// <summary>`review index rebuild [--templates dir] [--index dir]`: rebuilds the search index from templates/
/// with a progress bar. (The index is also rebuilt automatically when the sources' content hash changes.)</summary>
public static class IndexCommand
{
    public static Command Create()
    {
        var index = new Command("index", "检索索引维护");
        var templatesDir = TemplateCliOptions.Templates();
        var indexDir = TemplateCliOptions.Index();
        var rebuild = new Command("rebuild", "从 templates/ 源文件重建范本检索索引") { templatesDir, indexDir };
        rebuild.Action = new GuardedAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var library = TemplateCliOptions.LoadLibrary(parse.GetValue(templatesDir));
            var path = TemplateCliOptions.IndexPath(parse.GetValue(indexDir));
            var clock = Stopwatch.StartNew();
            output.WriteLine($"重建索引：{library.Templates.Count} 个范本 → {path}");
            using var lucene = LuceneTemplateIndex.Open(path, library);
            lucene.Rebuild(library, new ConsoleProgressBar(output));
            output.WriteLine($"完成：{library.Templates.Sum(t => t.Clauses.Count + 1)} 个文档，用时 {clock.ElapsedMilliseconds} ms。");
            return 0;
        });
        index.Subcommands.Add(rebuild);
        return index;
    }
}
