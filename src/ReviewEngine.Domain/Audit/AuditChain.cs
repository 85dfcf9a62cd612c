namespace ReviewEngine.Domain.Audit;

/// <summary>Verifies one case's chain against the head (count and last hash) stored on the case row.</summary>
public static class AuditChain
{
    public static AuditVerification Verify(Guid caseId, IReadOnlyList<AuditEvent> eventsInSequence, int expectedCount, string expectedHead)
    {
        var previous = AuditEvent.GenesisHash;
        for (var i = 0; i < eventsInSequence.Count; i++)
        {
            var e = eventsInSequence[i];
            if (e.Sequence != i + 1)
            {
                return AuditVerification.Broken(caseId, i + 1, $"缺少第 {i + 1} 条记录（下一条为第 {e.Sequence} 条）");
            }

            if (e.PreviousHash != previous)
            {
                return AuditVerification.Broken(caseId, e.Sequence, "前序哈希不符（记录被删除或改动）");
            }

            if (e.ComputeHash() != e.Hash)
            {
                return AuditVerification.Broken(caseId, e.Sequence, "记录内容与哈希不符（记录被改动）");
            }

            previous = e.Hash;
        }

        if (eventsInSequence.Count != expectedCount || previous != expectedHead)
        {
            return AuditVerification.Broken(caseId, eventsInSequence.Count + 1,
                $"链尾与案件记录不符：应有 {expectedCount} 条，实有 {eventsInSequence.Count} 条（末尾记录被删除或改动）");
        }

        return new AuditVerification(caseId, true, null, null, eventsInSequence.Count);
    }
}

public sealed record AuditVerification(Guid CaseId, bool IsValid, int? BrokenSequence, string? Reason, int EventCount)
{
    public static AuditVerification Broken(Guid caseId, int sequence, string reason) => new(caseId, false, sequence, reason, 0);
}
