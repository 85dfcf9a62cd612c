using System.Reflection;
using ReviewEngine.Domain.Audit;
using ReviewEngine.Domain.Tests.Reviews;
using static ReviewEngine.Domain.Tests.Reviews.CaseDriver;

namespace ReviewEngine.Domain.Tests.Audit;

public sealed class AuditChainTests
{
    private static async Task<(Guid CaseId, List<AuditEvent> Events, int Count, string Head)> ChainAsync()
    {
        var d = SubmitComplete("normative-document", "2026-03-02");
        await d.Act(Registrar, "accept");
        await d.Act(Reviewer, "requestLawyerOpinion");
        await d.Act(Lawyer, "submitLawyerOpinion", comment: "意见");
        return (d.Case.Id, d.Case.DequeueEvents().ToList(), d.Case.EventCount, d.Case.LastEventHash);
    }

    [Fact]
    public async Task IntactChainVerifies()
    {
        var (id, events, count, head) = await ChainAsync();

        var result = AuditChain.Verify(id, events, count, head);

        Assert.True(result.IsValid);
        Assert.Equal(4, result.EventCount);
    }

    [Fact]
    public async Task EditedRowIsDetected()
    {
        var (id, events, count, head) = await ChainAsync();
        typeof(AuditEvent).GetProperty(nameof(AuditEvent.Comment))!.SetValue(events[3], "篡改后的意见");

        var result = AuditChain.Verify(id, events, count, head);

        Assert.False(result.IsValid);
        Assert.Equal(4, result.BrokenSequence);
    }

    [Fact]
    public async Task DeletedMiddleRowIsDetected()
    {
        var (id, events, count, head) = await ChainAsync();
        events.RemoveAt(1);

        var result = AuditChain.Verify(id, events, count, head);

        Assert.False(result.IsValid);
        Assert.Equal(2, result.BrokenSequence);
    }

    [Fact]
    public async Task DeletedLastRowIsDetectedAgainstTheHeadOnTheCase()
    {
        var (id, events, count, head) = await ChainAsync();
        events.RemoveAt(events.Count - 1);

        var result = AuditChain.Verify(id, events, count, head);

        Assert.False(result.IsValid);
        Assert.Contains("末尾", result.Reason);
    }

    [Fact]
    public void HashCoversEveryField()
    {
        var props = typeof(AuditEvent).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name is not (nameof(AuditEvent.Id) or nameof(AuditEvent.Hash)) && p.PropertyType == typeof(string));
        foreach (var p in props)
        {
            var e = SubmitComplete("normative-document", "2026-03-02").Case.DequeueEvents()[0];
            p.SetValue(e, (string?)p.GetValue(e) + "x");
            Assert.NotEqual(e.Hash, e.ComputeHash());
        }
    }
}
