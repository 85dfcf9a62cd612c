using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Audit;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Infrastructure.Persistence;

namespace ReviewEngine.Infrastructure.Tests.Persistence;

/// <summary>Someone with direct database access edits or deletes audit rows: verification names the case and the row.</summary>
public abstract class AuditTamperTests(DatabaseProvider provider)
{
    private async Task<(TestDatabase Db, Guid CaseId)> CaseWithHistoryAsync()
    {
        var db = await TestDatabase.CreateAsync(provider: provider);
        var id = await db.SubmitNormativeDocumentAsync();
        await db.ActAsync(id, "lb-registrar", "registrar", new ActionRequest("accept"));
        await db.ActAsync(id, "lb-reviewer", "reviewer", new ActionRequest("requestLawyerOpinion"));
        await db.ActAsync(id, "lb-lawyer", "lawyer", new ActionRequest("submitLawyerOpinion", Comment: "第五条无依据"));
        return (db, id);
    }

    private static async Task ExecuteAsync(TestDatabase db, string sql) => Assert.Equal(1, await db.ExecuteSqlAsync(sql));

    // SQLite stores Guids as upper-case text; PostgreSQL as uuid, whose literal may be any case.
    private static string CaseKey(Guid id) => id.ToString().ToUpperInvariant();

    private static Task<IReadOnlyList<(string CaseNumber, Domain.Audit.AuditVerification Result)>> VerifyAsync(TestDatabase db) =>
        db.RunAsync(sp => sp.GetRequiredService<VerifyAuditChainsHandler>().HandleAsync());

    [ProviderFact]
    public async Task UntouchedChainVerifies()
    {
        var (db, _) = await CaseWithHistoryAsync();
        await using var _db = db;

        var result = (await VerifyAsync(db)).Single().Result;

        Assert.True(result.IsValid);
        Assert.Equal(5, result.EventCount);
    }

    [ProviderFact]
    public async Task EditedRowIsFound()
    {
        var (db, id) = await CaseWithHistoryAsync();
        await using var _db = db;
        await ExecuteAsync(db, $"UPDATE \"AuditEvents\" SET \"Comment\" = '无意见' WHERE \"Sequence\" = 5 AND \"CaseId\" = '{CaseKey(id)}'");

        var (number, result) = (await VerifyAsync(db)).Single();

        Assert.False(result.IsValid);
        Assert.Equal("luobu-2026-0001", number);
        Assert.Equal(5, result.BrokenSequence);
    }

    [ProviderFact]
    public async Task DeletedRowIsFound()
    {
        var (db, id) = await CaseWithHistoryAsync();
        await using var _db = db;
        await ExecuteAsync(db, $"DELETE FROM \"AuditEvents\" WHERE \"Sequence\" = 2 AND \"CaseId\" = '{CaseKey(id)}'");

        var result = (await VerifyAsync(db)).Single().Result;

        Assert.False(result.IsValid);
        Assert.Equal(2, result.BrokenSequence);
    }

    [ProviderFact]
    public async Task DeletedLastRowIsFound()
    {
        var (db, id) = await CaseWithHistoryAsync();
        await using var _db = db;
        await ExecuteAsync(db, $"DELETE FROM \"AuditEvents\" WHERE \"Sequence\" = 5 AND \"CaseId\" = '{CaseKey(id)}'");

        var result = (await VerifyAsync(db)).Single().Result;

        Assert.False(result.IsValid);
        Assert.Equal(5, result.BrokenSequence);
    }
}

public sealed class AuditTamperOnSqliteTests() : AuditTamperTests(DatabaseProvider.Sqlite);

[Trait("Requires", "PostgreSql")]
public sealed class AuditTamperOnPostgreSqlTests() : AuditTamperTests(DatabaseProvider.PostgreSql);
