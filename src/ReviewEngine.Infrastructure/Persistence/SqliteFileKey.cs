using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace ReviewEngine.Infrastructure.Persistence;

/// <summary>
/// One key per database file, whatever the connection string's other keywords or spelling of the path: two strings for
/// one file must share its write queue, or their writers meet in the busy loop again.
/// </summary>
internal static class SqliteFileKey
{
    private static readonly ConcurrentDictionary<string, string> Keys = new(StringComparer.Ordinal);

    public static string Of(string connectionString) => Keys.GetOrAdd(connectionString, static cs =>
    {
        var builder = new SqliteConnectionStringBuilder(cs);
        // An in-memory database is private to its connection (or its shared-cache name): the string is the identity.
        return builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:"
            ? cs
            : Path.GetFullPath(builder.DataSource);
    });
}
