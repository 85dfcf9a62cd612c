using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Reviews;
using ReviewEngine.Cli.Common;
using ReviewEngine.Domain.Templates;
using ReviewEngine.Infrastructure.Persistence;
using ReviewEngine.Infrastructure.Search;

namespace ReviewEngine.Cli.Templates;

/// <summary>`review index rebuild [--templates dir] [--index dir]`: rebuilds the search index from templates/;
/// `review index cases` the full-text index of case documents.
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
        index.Subcommands.Add(Cases());
        return index;
    }

    /// <summary>`review index cases [--db] [--index dir]`: rebuilds the full-text index of case documents from the
    /// database (default folder: case-index beside the SQLite file, as the web app keeps it under its data folder).</summary>
    private static Command Cases()
    {
        var db = CliOptions.Database();
        var indexDir = new Option<string?>("--index") { Description = "案件材料索引目录（默认：数据库文件所在目录下的 case-index）" };
        var cases = new Command("cases", "从数据库重建案件材料全文索引（案件查询的「材料全文」）") { db, indexDir };
        cases.SetAction(async (parse, ct) =>
        {
            if (CliHost.ExistingDatabase(parse, parse.GetValue(db)) is not { } path)
            {
                return ExitCodes.BadInput;
            }

            var folder = parse.GetValue(indexDir) ?? CaseIndexBeside(path);
            var clock = Stopwatch.StartNew();
            await using var services = await CliHost.OpenAsync(path, null, configure: s => s.AddCaseDocumentSearch(folder, keepInStep: false));
            await using var scope = services.CreateAsyncScope();
            var count = await scope.ServiceProvider.GetRequiredService<RebuildCaseDocumentIndexHandler>().RebuildAsync(ct);
            parse.InvocationConfiguration.Output.WriteLine($"已重建案件材料索引：{count} 个文件 → {Path.GetFullPath(folder)}，用时 {clock.ElapsedMilliseconds} ms。");
            return ExitCodes.Ok;
        });
        return cases;
    }

    private static string CaseIndexBeside(string database) =>
        DatabaseOptions.FromPathOrConnectionString(database).Provider == DatabaseProvider.Sqlite
            ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(database))!, "case-index")
            : Path.Combine(RepositoryLocator.DataDirectory(), "case-index");
}
