using Microsoft.Data.Sqlite;

namespace ReviewEngine.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>Which database and where. Default: SQLite, reviewengine.db in the app's data folder.</summary>
public sealed record DatabaseOptions(string ConnectionString, DatabaseProvider Provider = DatabaseProvider.Sqlite)
{
    public static DatabaseOptions SqliteFile(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var builder = new SqliteConnectionStringBuilder { DataSource = full, DefaultTimeout = 30, Pooling = true };
        return new DatabaseOptions(builder.ToString());
    }

    public static DatabaseOptions PostgreSql(string connectionString) => new(connectionString, DatabaseProvider.PostgreSql);

    /// <summary>
    /// What a <c>--db</c> option or a configuration value holds: a PostgreSQL connection string
    /// (<c>Host=…;Database=…</c> or a <c>postgresql://</c> URI) or else the path of a SQLite file.
    /// </summary>
    public static DatabaseOptions FromPathOrConnectionString(string value) =>
        LooksLikePostgreSql(value) ? PostgreSql(ToKeywordForm(value)) : SqliteFile(value);

    private static bool LooksLikePostgreSql(string value) =>
        value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || (value.Contains('=') && value.Contains("host", StringComparison.OrdinalIgnoreCase));

    /// <summary>Npgsql takes keyword connection strings only; operators often paste the URI form.</summary>
    private static string ToKeywordForm(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("postgres" or "postgresql"))
        {
            return value;
        }

        var user = uri.UserInfo.Split(':', 2);
        var parts = new List<string> { $"Host={uri.Host}" };
        if (uri.Port > 0)
        {
            parts.Add($"Port={uri.Port}");
        }

        if (user[0].Length > 0)
        {
            parts.Add($"Username={Uri.UnescapeDataString(user[0])}");
        }

        if (user.Length > 1)
        {
            parts.Add($"Password={Uri.UnescapeDataString(user[1])}");
        }

        var database = uri.AbsolutePath.Trim('/');
        if (database.Length > 0)
        {
            parts.Add($"Database={Uri.UnescapeDataString(database)}");
        }

        return string.Join(';', parts);
    }
}
