using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReviewEngine.Infrastructure.Persistence.Migrations.PostgreSql;

/// <inheritdoc />
public partial class PreReviewProblem : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(
            name: "PreReviewProblem",
            table: "ReviewCases",
            type: "character varying(100)",
            maxLength: 100,
            nullable: true);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(
            name: "PreReviewProblem",
            table: "ReviewCases");
    }
}
