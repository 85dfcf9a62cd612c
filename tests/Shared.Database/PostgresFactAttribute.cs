namespace ReviewEngine.Tests.Shared;

/// <summary>A test that needs the PostgreSQL server of <see cref="TestPostgreSql"/>: skipped, with the reason, when
/// none answers (see <see cref="RequiredService"/>).</summary>
internal sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute() => Skip = TestPostgreSql.SkipReason;
}
