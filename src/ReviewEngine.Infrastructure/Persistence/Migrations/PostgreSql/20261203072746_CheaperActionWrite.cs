using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReviewEngine.Infrastructure.Persistence.Migrations.PostgreSql;

/// <inheritdoc />
public partial class CheaperActionWrite : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(
            name: "IX_WorkItems_AssigneeId_Status",
            table: "WorkItems");

        migrationBuilder.DropIndex(
            name: "IX_WorkItems_Inbox",
            table: "WorkItems");

        migrationBuilder.DropIndex(
            name: "IX_ReviewCases_TownshipId_State",
            table: "ReviewCases");

        migrationBuilder.DropIndex(
            name: "IX_Notifications_RecipientOrganisationId_RecipientRole_ReadAtU~",
            table: "Notifications");

        migrationBuilder.DropIndex(
            name: "IX_Notifications_RecipientUserId_ReadAtUtc",
            table: "Notifications");

        migrationBuilder.DropIndex(
            name: "IX_Notifications_TimerId",
            table: "Notifications");

        migrationBuilder.CreateIndex(
            name: "IX_WorkItems_AssigneeId_Status",
            table: "WorkItems",
            columns: new[] { "AssigneeId", "Status" },
            filter: "\"AssigneeId\" IS NOT NULL");

        migrationBuilder.CreateIndex(
            name: "IX_WorkItems_Inbox",
            table: "WorkItems",
            columns: new[] { "OrganisationId", "Role", "DueOn", "CreatedAtUtc", "Id", "CaseId", "ExcludedUserId", "Status", "AssigneeId" },
            filter: "\"Status\" = 'Open' AND \"AssigneeId\" IS NULL");

        migrationBuilder.CreateIndex(
            name: "IX_ReviewCases_TownshipId",
            table: "ReviewCases",
            column: "TownshipId");

        migrationBuilder.CreateIndex(
            name: "IX_Notifications_RecipientOrganisationId_RecipientRole_ReadAtU~",
            table: "Notifications",
            columns: new[] { "RecipientOrganisationId", "RecipientRole", "ReadAtUtc" },
            filter: "\"RecipientOrganisationId\" IS NOT NULL");

        migrationBuilder.CreateIndex(
            name: "IX_Notifications_RecipientUserId_ReadAtUtc",
            table: "Notifications",
            columns: new[] { "RecipientUserId", "ReadAtUtc" },
            filter: "\"RecipientUserId\" IS NOT NULL");

        migrationBuilder.CreateIndex(
            name: "IX_Notifications_TimerId",
            table: "Notifications",
            column: "TimerId",
            unique: true,
            filter: "\"TimerId\" IS NOT NULL");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(
            name: "IX_WorkItems_AssigneeId_Status",
            table: "WorkItems");

        migrationBuilder.DropIndex(
            name: "IX_WorkItems_Inbox",
            table: "WorkItems");

        migrationBuilder.DropIndex(
            name: "IX_ReviewCases_TownshipId",
            table: "ReviewCases");

        migrationBuilder.DropIndex(
            name: "IX_Notifications_RecipientOrganisationId_RecipientRole_ReadAtU~",
            table: "Notifications");

        migrationBuilder.DropIndex(
            name: "IX_Notifications_RecipientUserId_ReadAtUtc",
            table: "Notifications");

        migrationBuilder.DropIndex(
            name: "IX_Notifications_TimerId",
            table: "Notifications");

        migrationBuilder.CreateIndex(
            name: "IX_WorkItems_AssigneeId_Status",
            table: "WorkItems",
            columns: new[] { "AssigneeId", "Status" });

        migrationBuilder.CreateIndex(
            name: "IX_WorkItems_Inbox",
            table: "WorkItems",
            columns: new[] { "OrganisationId", "Role", "Status", "AssigneeId", "DueOn", "CreatedAtUtc", "Id", "CaseId", "ExcludedUserId" });

        migrationBuilder.CreateIndex(
            name: "IX_ReviewCases_TownshipId_State",
            table: "ReviewCases",
            columns: new[] { "TownshipId", "State" });

        migrationBuilder.CreateIndex(
            name: "IX_Notifications_RecipientOrganisationId_RecipientRole_ReadAtU~",
            table: "Notifications",
            columns: new[] { "RecipientOrganisationId", "RecipientRole", "ReadAtUtc" });

        migrationBuilder.CreateIndex(
            name: "IX_Notifications_RecipientUserId_ReadAtUtc",
            table: "Notifications",
            columns: new[] { "RecipientUserId", "ReadAtUtc" });

        migrationBuilder.CreateIndex(
            name: "IX_Notifications_TimerId",
            table: "Notifications",
            column: "TimerId",
            unique: true);
    }
}
