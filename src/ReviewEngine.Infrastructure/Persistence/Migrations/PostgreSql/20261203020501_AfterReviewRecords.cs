using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReviewEngine.Infrastructure.Persistence.Migrations.PostgreSql;

/// <inheritdoc />
public partial class AfterReviewRecords : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(
            name: "Deliberation",
            table: "ReviewCases",
            type: "text",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "Filing",
            table: "ReviewCases",
            type: "text",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "Publication",
            table: "ReviewCases",
            type: "text",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "Signing",
            table: "ReviewCases",
            type: "text",
            nullable: true);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(
            name: "Deliberation",
            table: "ReviewCases");

        migrationBuilder.DropColumn(
            name: "Filing",
            table: "ReviewCases");

        migrationBuilder.DropColumn(
            name: "Publication",
            table: "ReviewCases");

        migrationBuilder.DropColumn(
            name: "Signing",
            table: "ReviewCases");
    }
}
