using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReviewEngine.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class WorkItemExcludedUser : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkItems_OrganisationId_Role_Status",
                table: "WorkItems");

            migrationBuilder.AddColumn<string>(
                name: "ExcludedUserId",
                table: "WorkItems",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            // 内部分离 moves from a flag to the excluded user itself: the drafter of the task's case.
            migrationBuilder.Sql(
                """UPDATE "WorkItems" SET "ExcludedUserId" = (SELECT "DrafterId" FROM "ReviewCases" WHERE "ReviewCases"."Id" = "WorkItems"."CaseId") WHERE "ExcludeDrafter";""");

            // SQLite's own DROP COLUMN (3.35+) instead of EF's table rebuild, whose PRAGMA foreign_keys cannot run inside
            // the migration's transaction: the column is in no index, key, constraint, trigger or view, so it may be dropped.
            migrationBuilder.Sql("""ALTER TABLE "WorkItems" DROP COLUMN "ExcludeDrafter";""");

            migrationBuilder.CreateIndex(
                name: "IX_WorkItems_Inbox",
                table: "WorkItems",
                columns: new[] { "OrganisationId", "Role", "Status", "AssigneeId", "DueOn", "CreatedAtUtc", "Id", "CaseId", "ExcludedUserId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkItems_Inbox",
                table: "WorkItems");

            migrationBuilder.AddColumn<bool>(
                name: "ExcludeDrafter",
                table: "WorkItems",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.Sql("""UPDATE "WorkItems" SET "ExcludeDrafter" = ("ExcludedUserId" IS NOT NULL);""");

            migrationBuilder.Sql("""ALTER TABLE "WorkItems" DROP COLUMN "ExcludedUserId";""");

            migrationBuilder.CreateIndex(
                name: "IX_WorkItems_OrganisationId_Role_Status",
                table: "WorkItems",
                columns: new[] { "OrganisationId", "Role", "Status" });
        }
    }
}
