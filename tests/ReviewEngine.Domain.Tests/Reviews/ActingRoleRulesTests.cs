using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Domain.Tests.Reviews;

public sealed class ActingRoleRulesTests
{
    private static readonly WorkflowDefinition Normative = TestWorkflows.Load("normative-document");

    [Fact]
    public void APersonWithTwoRolesActsInTheOneTheActionAllows()
    {
        var review = Normative.State("townshipReview");
        string[] roles = [Roles.Reviewer, Roles.ReviewLead];

        Assert.Equal(Roles.Reviewer, ActingRoleRules.ForAction(review, "markComplex", roles));
        Assert.Equal(Roles.ReviewLead, ActingRoleRules.ForAction(review, "approveExtension", roles));
    }

    [Fact]
    public void NoRoleActsForAnActionOfAnotherStateOrRoleOrOnlyTheSystems()
    {
        Assert.Null(ActingRoleRules.ForAction(Normative.State("townshipReview"), "markComplex", [Roles.Drafter]));
        Assert.Null(ActingRoleRules.ForAction(Normative.State("townshipReview"), "accept", [Roles.Registrar]));
        Assert.Null(ActingRoleRules.ForAction(Normative.State("expertConsultation"), "consultationComplete", [Roles.System]));
    }

    [Fact]
    public void ATaskIsWorkedInItsOwnRoleAndHandedOnByWhoeverMayReassign()
    {
        var task = new WorkItem(Guid.NewGuid(), "townshipReview", 1, Roles.Reviewer, "luobu", null, null, null, DateTime.UtcNow);

        Assert.Equal(Roles.Reviewer, ActingRoleRules.ForTask(task, [Roles.ReviewLead, Roles.Reviewer]));
        Assert.Equal(Roles.Drafter, ActingRoleRules.ForTask(task, [Roles.Drafter]));
        Assert.Equal(Roles.Registrar, ActingRoleRules.ForReassign([Roles.Reviewer, Roles.Registrar]));
        Assert.Equal(Roles.Reviewer, ActingRoleRules.ForReassign([Roles.Reviewer]));
    }
}
