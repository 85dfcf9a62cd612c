using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace ReviewEngine.Infrastructure.Persistence.Copying;

/// <summary>One table of the model: streamed from the source reader into a PostgreSQL binary COPY, ids kept.</summary>
internal sealed class CopyTable
{
    private readonly IReadOnlyList<CopyColumn> _columns;

    private CopyTable(string name, string quotedName, IReadOnlyList<CopyColumn> columns, IReadOnlyList<string> integerKeys)
    {
        Name = name;
        QuotedName = quotedName;
        _columns = columns;
        IntegerKeys = integerKeys;
    }

    public string Name { get; }

    public string QuotedName { get; }

    /// <summary>Integer primary-key columns: the ones that may be backed by an identity sequence on PostgreSQL.</summary>
    public IReadOnlyList<string> IntegerKeys { get; }

    /// <summary>The target model's tables in foreign-key order, each matched column by column with the source model.</summary>
    public static IReadOnlyList<CopyTable> Plan(IRelationalModel source, IRelationalModel target) =>
        ForeignKeyOrder.Sort(target.Tables).Select(t =>
        {
            var from = source.FindTable(t.Name, t.Schema) ?? throw new NotSupportedException($"源数据库没有表 {t.Name}：两个数据库的模型版本不同。");
            var columns = t.Columns.Select(c => CopyColumn.Create(
                from.FindColumn(c.Name) ?? throw new NotSupportedException($"源数据库的表 {t.Name} 没有列 {c.Name}。"), c)).ToList();
            var keys = t.PrimaryKey?.Columns.Where(c => c.ProviderClrType == typeof(int) || c.ProviderClrType == typeof(long)).Select(c => c.Name).ToList() ?? [];
            return new CopyTable(t.Name, Quote(t.Schema, t.Name), columns, keys);
        }).ToList();

    public async Task<TableCopyResult> CopyAsync(DbConnection source, DbTransaction snapshot, NpgsqlConnection target, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var columnList = string.Join(", ", _columns.Select(c => Quote(null, c.Name)));
        await using var select = source.CreateCommand();
        select.Transaction = snapshot;
        select.CommandText = $"SELECT {columnList} FROM {QuotedName}";
        await using var reader = await select.ExecuteReaderAsync(ct);
        await using var import = await target.BeginBinaryImportAsync($"COPY {QuotedName} ({columnList}) FROM STDIN (FORMAT BINARY)", ct);
        long read = 0;
        while (await reader.ReadAsync(ct))
        {
            await import.StartRowAsync(ct);
            for (var i = 0; i < _columns.Count; i++)
            {
                await _columns[i].CopyAsync(reader, i, import, ct);
            }

            read++;
        }

        var written = (long)await import.CompleteAsync(ct);
        if (written != read)
        {
            throw new InvalidOperationException($"表 {Name}：读出 {read} 行，写入 {written} 行。");
        }

        return new TableCopyResult(Name, written, clock.Elapsed);
    }

    /// <summary>Double quotes work as identifier quotes in SQLite and PostgreSQL alike.</summary>
    public static string Quote(string? schema, string name) =>
        (schema is null ? "" : $"\"{schema.Replace("\"", "\"\"")}\".") + $"\"{name.Replace("\"", "\"\"")}\"";
}
