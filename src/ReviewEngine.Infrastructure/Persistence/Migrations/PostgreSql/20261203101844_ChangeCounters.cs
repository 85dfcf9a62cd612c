using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReviewEngine.Infrastructure.Persistence.Migrations.PostgreSql;

/// <inheritdoc />
public partial class ChangeCounters : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ChangeCounters",
            columns: table => new
            {
                Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                Version = table.Column<long>(type: "bigint", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ChangeCounters", x => x.Key);
            });
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "ChangeCounters");
    }
}
