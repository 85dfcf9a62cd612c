using Microsoft.Data.Sqlite;

namespace ReviewEngine.Infrastructure.Persistence;

/// <summary>
/// SQLite's online backup API (sqlite3_backup_*): a consistent copy page by page while the app keeps running and
/// writing (WAL included), unlike copying the .db file, which can catch a half-checkpointed state.
/// </summary>
public static class SqliteBackup
{
    /// <returns>The size of the copy in bytes.</returns>
    public static long Backup(string sourcePath, string targetPath)
    {
        if (!File.Exists(sourcePath))
        {
            throw new FileNotFoundException($"数据库文件不存在：{sourcePath}", sourcePath);
        }

        if (File.Exists(targetPath))
        {
            // A backup never overwrites: an old good copy is worth more than a convenient name.
            throw new IOException($"备份文件已存在：{targetPath}");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(targetPath))!);
        using (var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = sourcePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
        using (var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = targetPath, Pooling = false }.ToString()))
        {
            source.Open();
            target.Open();
            source.BackupDatabase(target);
            using var check = target.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            var result = check.ExecuteScalar() as string;
            if (result != "ok")
            {
                throw new IOException($"备份文件完整性检查未通过：{result}");
            }
        }

        return new FileInfo(targetPath).Length;
    }
}
