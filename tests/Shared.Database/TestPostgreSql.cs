using Npgsql;

namespace ReviewEngine.Tests.Shared;

/// <summary>
/// The PostgreSQL server the provider tests run against: REVIEWENGINE_TEST_POSTGRES, else the local server and role
/// that `./test.sh` sets up. Each test gets its own database, dropped afterwards.
/// </summary>
internal static class TestPostgreSql
{
    private const string Default = "Host=127.0.0.1;Port=5432;Username=reviewengine;Password=reviewengine;Database=postgres";

    private static readonly Lazy<string?> Problem = new(Probe);

    /// <summary>Why the PostgreSQL tests are skipped, or null when they run.</summary>
    public static string? SkipReason => RequiredService.SkipReason("PostgreSQL", () => Problem.Value,
        RequiredService.ProvidedBy + " with the reviewengine role, or set REVIEWENGINE_TEST_POSTGRES to a server whose role may create databases");

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("REVIEWENGINE_TEST_POSTGRES") is { Length: > 0 } configured ? configured : Default;

    public static async Task<string> CreateDatabaseAsync(string name)
    {
        await using var connection = await OpenServerAsync();
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", name);
        if (await exists.ExecuteScalarAsync() is null)
        {
            // template0: concurrent test classes creating databases never contend for a session on template1.
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ToString();
    }

    /// <summary>
    /// Best-effort clean-up: WITH (FORCE) cannot end a server process of another role (an autovacuum worker may be
    /// visiting the fresh database), so retry briefly and otherwise leave the database for the throwaway server.
    /// </summary>
    public static async Task DropDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = await OpenServerAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                if (attempt == 5)
                {
                    return;
                }

                await Task.Delay(200 * attempt);
            }
        }
    }

    private static string? Probe()
    {
        try
        {
            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ServerConnectionString) { Timeout = 3 }.ToString());
            connection.Open();
            return null;
        }
        catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException or ArgumentException)
        {
            return ex.Message;
        }
    }

    private static async Task<NpgsqlConnection> OpenServerAsync()
    {
        var connection = new NpgsqlConnection(ServerConnectionString);
        try
        {
            await connection.OpenAsync();
            return connection;
        }
        catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException)
        {
            await connection.DisposeAsync();
            throw new InvalidOperationException(
                "PostgreSQL 测试需要一个可连接的服务器：设置 REVIEWENGINE_TEST_POSTGRES，或以 root 运行 ./test.sh（它安装并启动 PostgreSQL 并创建 reviewengine 角色）。" + ex.Message, ex);
        }
    }
}
