using ReviewEngine.Infrastructure.Persistence;

namespace ReviewEngine.Infrastructure.Tests.Persistence;

public sealed class DatabaseOptionsTests
{
    [Theory]
    [InlineData("Host=db.example;Database=review;Username=re", "Host=db.example;Database=review;Username=re")]
    [InlineData("postgresql://re:p%40ss@db.example:5433/review", "Host=db.example;Port=5433;Username=re;Password=p@ss;Database=review")]
    [InlineData("postgres://db.example/review", "Host=db.example;Database=review")]
    public void PostgreSqlConnectionStringsSelectThePostgreSqlProvider(string value, string expected)
    {
        var options = DatabaseOptions.FromPathOrConnectionString(value);

        Assert.Equal(DatabaseProvider.PostgreSql, options.Provider);
        Assert.Equal(expected, options.ConnectionString);
    }

    [Fact]
    public void APathSelectsASqliteFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "re-tests", Guid.NewGuid().ToString("N"), "hostname.db");

        var options = DatabaseOptions.FromPathOrConnectionString(path);

        Assert.Equal(DatabaseProvider.Sqlite, options.Provider);
        Assert.Contains(path, options.ConnectionString);
    }
}
