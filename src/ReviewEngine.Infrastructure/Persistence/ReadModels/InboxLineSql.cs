namespace ReviewEngine.Infrastructure.Persistence.ReadModels;

/// <summary>
/// The inbox lines as the source tables define them, in SQL both providers run: the migration that creates the table
/// fills it with this (a database of an earlier version upgrades with its open tasks in the inbox).
/// </summary>
internal static class InboxLineSql
{
    public const string Fill = """
        INSERT INTO "InboxLines" ("TaskId", "CaseId", "CaseNumber", "Title", "Kind", "WorkflowId", "State", "Role", "OrganisationId", "AssigneeId", "ExcludedUserId", "DueOn", "CreatedAtUtc")
        SELECT w."Id", w."CaseId", c."Number", c."Title", c."Kind", c."WorkflowId", c."State", w."Role", w."OrganisationId", w."AssigneeId", w."ExcludedUserId", w."DueOn", w."CreatedAtUtc"
        FROM "WorkItems" AS w INNER JOIN "ReviewCases" AS c ON c."Id" = w."CaseId"
        WHERE w."Status" = 'Open'
        """;
}
