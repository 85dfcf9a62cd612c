using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReviewEngine.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InboxLines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkItems_Inbox",
                table: "WorkItems");

            migrationBuilder.CreateTable(
                name: "InboxLines",
                columns: table => new
                {
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    WorkflowId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OrganisationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AssigneeId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ExcludedUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxLines", x => x.TaskId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InboxLines_AssigneeId",
                table: "InboxLines",
                column: "AssigneeId",
                filter: "\"AssigneeId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_InboxLines_Unclaimed",
                table: "InboxLines",
                columns: new[] { "OrganisationId", "Role", "DueOn", "CreatedAtUtc", "TaskId" },
                filter: "\"AssigneeId\" IS NULL");

            // The open tasks already in the database get their lines (ADR 0009).
            migrationBuilder.Sql(ReadModels.InboxLineSql.Fill);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InboxLines");

            migrationBuilder.CreateIndex(
                name: "IX_WorkItems_Inbox",
                table: "WorkItems",
                columns: new[] { "OrganisationId", "Role", "DueOn", "CreatedAtUtc", "Id", "CaseId", "ExcludedUserId", "Status", "AssigneeId" },
                filter: "\"Status\" = 'Open' AND \"AssigneeId\" IS NULL");
        }
    }
}
