using Microsoft.Data.Sqlite;

namespace ReviewEngine.Infrastructure.Persistence;

/// <summary>Where the database lives. Default: reviewengine.db in the app's data folder.</summary>
public sealed record DatabaseOptions(string ConnectionString)
{
    public static DatabaseOptions SqliteFile(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var builder = new SqliteConnectionStringBuilder { DataSource = full, DefaultTimeout = 30, Pooling = true };
        return new DatabaseOptions(builder.ToString());
    }
}
