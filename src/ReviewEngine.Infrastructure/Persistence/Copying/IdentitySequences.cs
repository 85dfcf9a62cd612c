using Npgsql;

namespace ReviewEngine.Infrastructure.Persistence.Copying;

/// <summary>
/// COPY writes the source's ids into identity columns without drawing from their sequences, so each sequence is
/// moved past the largest copied id; otherwise the first new audit event or Identity claim would collide.
/// </summary>
internal static class IdentitySequences
{
    public static async Task AdvancePastCopiedKeysAsync(NpgsqlConnection target, IEnumerable<CopyTable> tables, CancellationToken ct)
    {
        foreach (var table in tables)
        {
            foreach (var column in table.IntegerKeys)
            {
                await using var find = new NpgsqlCommand("SELECT pg_get_serial_sequence(@table, @column)", target);
                find.Parameters.AddWithValue("table", table.QuotedName);
                find.Parameters.AddWithValue("column", column);
                if (await find.ExecuteScalarAsync(ct) is not string sequence)
                {
                    continue;
                }

                var quotedColumn = CopyTable.Quote(null, column);
                await using var advance = new NpgsqlCommand(
                    $"SELECT setval(@sequence::regclass, COALESCE((SELECT MAX({quotedColumn}) FROM {table.QuotedName}), 0) + 1, false)", target);
                advance.Parameters.AddWithValue("sequence", sequence);
                await advance.ExecuteScalarAsync(ct);
            }
        }
    }
}
