using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace ReviewEngine.Suites.Common;

/// <summary>
/// Row counts and a content hash of the tables that hold cases, read through a separate read-only connection (WAL
/// lets it read while the app writes). Identity tables are left out: failed logins legitimately change them.
/// </summary>
public sealed record DataSnapshot(IReadOnlyDictionary<string, (long Rows, string Hash)> Tables)
{
    public static readonly string[] CaseTables =
        ["ReviewCases", "WorkItems", "AuditEvents", "CaseDocuments", "DocumentContents", "CaseFindings", "Organisations", "UserAccounts", "WorkflowSnapshots"];

    public static DataSnapshot Take(string databasePath)
    {
        using var connection = Open(databasePath);
        var tables = new Dictionary<string, (long, string)>();
        foreach (var table in CaseTables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
            using var reader = command.ExecuteReader();
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long rows = 0;
            while (reader.Read())
            {
                rows++;
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.IsDBNull(i) ? "∅" : reader.GetValue(i) is byte[] b ? Convert.ToHexString(SHA256.HashData(b)) : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
                    hash.AppendData(Encoding.UTF8.GetBytes(value + "\u001f"));
                }
            }

            tables[table] = (rows, Convert.ToHexString(hash.GetHashAndReset()));
        }

        return new DataSnapshot(tables);
    }

    public static SqliteConnection Open(string databasePath)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public IEnumerable<string> Differences(DataSnapshot after) =>
        Tables.Where(t => after.Tables[t.Key] != t.Value).Select(t => $"{t.Key}: {t.Value.Rows} → {after.Tables[t.Key].Rows} 行，内容{(t.Value.Hash == after.Tables[t.Key].Hash ? "相同" : "已变")}");

    public override string ToString() => string.Join(", ", Tables.Select(t => $"{t.Key} {t.Value.Rows}"));
}
