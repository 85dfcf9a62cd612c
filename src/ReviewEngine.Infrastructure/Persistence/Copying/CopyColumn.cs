using System.Data.Common;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace ReviewEngine.Infrastructure.Persistence.Copying;

/// <summary>
/// One column of a copied table: read from the source as the CLR type its provider stores (after the model's value
/// converters: JSON text, enum names), written to PostgreSQL's binary COPY under the target column's type. Reading
/// and writing are typed per column (no boxing through object, no per-value type lookup).
/// </summary>
internal sealed partial class CopyColumn
{
    private static readonly MethodInfo CopyMethod = typeof(CopyColumn).GetMethod(nameof(CopyValueAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly Func<DbDataReader, int, NpgsqlBinaryImporter, string, CancellationToken, Task> _copy;
    private readonly string _dataTypeName;

    private CopyColumn(string name, string dataTypeName, Func<DbDataReader, int, NpgsqlBinaryImporter, string, CancellationToken, Task> copy)
    {
        Name = name;
        _dataTypeName = dataTypeName;
        _copy = copy;
    }

    public string Name { get; }

    public static CopyColumn Create(IColumn source, IColumn target)
    {
        if (source.ProviderClrType != target.ProviderClrType)
        {
            // Both contexts share one model, so this only happens if a provider maps a type natively on one side.
            throw new NotSupportedException(
                $"列 {target.Table.Name}.{target.Name} 在两个数据库中的存储类型不同（{source.ProviderClrType.Name} / {target.ProviderClrType.Name}），db copy 不支持。");
        }

        var copy = CopyMethod.MakeGenericMethod(target.ProviderClrType)
            .CreateDelegate<Func<DbDataReader, int, NpgsqlBinaryImporter, string, CancellationToken, Task>>();
        return new CopyColumn(target.Name, Facets().Replace(target.StoreType, ""), copy);
    }

    public Task CopyAsync(DbDataReader reader, int ordinal, NpgsqlBinaryImporter importer, CancellationToken ct) =>
        reader.IsDBNull(ordinal) ? importer.WriteNullAsync(ct) : _copy(reader, ordinal, importer, _dataTypeName, ct);

    private static Task CopyValueAsync<T>(DbDataReader reader, int ordinal, NpgsqlBinaryImporter importer, string dataTypeName, CancellationToken ct) =>
        importer.WriteAsync(ToUtc(reader.GetFieldValue<T>(ordinal)), dataTypeName, ct);

    /// <summary>
    /// SQLite hands DateTimes back without a kind; Npgsql writes only UTC to timestamptz. The model stores UTC
    /// throughout (…Utc properties, TimeProvider.GetUtcNow), so an unspecified kind means UTC.
    /// </summary>
    private static T ToUtc<T>(T value)
    {
        // typeof(T) tests are resolved by the JIT per column type, so other columns pay nothing and nothing is boxed.
        if (typeof(T) == typeof(DateTime))
        {
            var d = (DateTime)(object)value!;
            return d.Kind switch
            {
                DateTimeKind.Unspecified => (T)(object)DateTime.SpecifyKind(d, DateTimeKind.Utc),
                DateTimeKind.Local => (T)(object)d.ToUniversalTime(),
                _ => value,
            };
        }

        if (typeof(T) == typeof(DateTimeOffset))
        {
            var o = (DateTimeOffset)(object)value!;
            return o.Offset == TimeSpan.Zero ? value : (T)(object)o.ToUniversalTime();
        }

        return value;
    }

    /// <summary>Npgsql names types without length or precision: "character varying(64)" → "character varying".</summary>
    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Facets();
}
