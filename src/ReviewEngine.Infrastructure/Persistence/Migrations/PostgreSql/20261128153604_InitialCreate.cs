using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ReviewEngine.Infrastructure.Persistence.Migrations.PostgreSql;

/// <inheritdoc />
public partial class InitialCreate : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AspNetRoles",
            columns: table => new
            {
                Id = table.Column<string>(type: "text", nullable: false),
                Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetRoles", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUsers",
            columns: table => new
            {
                Id = table.Column<string>(type: "text", nullable: false),
                UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                PasswordHash = table.Column<string>(type: "text", nullable: true),
                SecurityStamp = table.Column<string>(type: "text", nullable: true),
                ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                PhoneNumber = table.Column<string>(type: "text", nullable: true),
                PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUsers", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "AuditEvents",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                Sequence = table.Column<int>(type: "integer", nullable: false),
                OccurredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                ActorId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                ActorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                Role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                OrganisationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                Action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                FromState = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                ToState = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                WorkItemId = table.Column<Guid>(type: "uuid", nullable: true),
                Comment = table.Column<string>(type: "text", nullable: true),
                DocumentSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                Data = table.Column<string>(type: "text", nullable: true),
                PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AuditEvents", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "CaseDocuments",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                Round = table.Column<int>(type: "integer", nullable: false),
                FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                ContentType = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                Size = table.Column<long>(type: "bigint", nullable: false),
                MaterialId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                Purpose = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                UploadedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                UploadedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CaseDocuments", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "CaseFindings",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                Round = table.Column<int>(type: "integer", nullable: false),
                DocumentSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                RuleId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                Title = table.Column<string>(type: "text", nullable: false),
                Severity = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                Curability = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                Clause = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                Start = table.Column<int>(type: "integer", nullable: false),
                End = table.Column<int>(type: "integer", nullable: false),
                Excerpt = table.Column<string>(type: "text", nullable: false),
                Basis = table.Column<string>(type: "text", nullable: false),
                Explanation = table.Column<string>(type: "text", nullable: false),
                Suggestion = table.Column<string>(type: "text", nullable: false),
                Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                DecidedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                DecisionReason = table.Column<string>(type: "text", nullable: true),
                DecidedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CaseFindings", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "DeadlineTimers",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                WorkItemId = table.Column<Guid>(type: "uuid", nullable: false),
                Rung = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                FireOn = table.Column<DateOnly>(type: "date", nullable: false),
                FireAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                ClaimedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                ClaimedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                FiredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                CancelledAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DeadlineTimers", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "DocumentContents",
            columns: table => new
            {
                Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                Bytes = table.Column<byte[]>(type: "bytea", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DocumentContents", x => x.Sha256);
            });

        migrationBuilder.CreateTable(
            name: "ExpertConsultations",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                Round = table.Column<int>(type: "integer", nullable: false),
                State = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                Fields = table.Column<string>(type: "text", nullable: false),
                PanelSize = table.Column<int>(type: "integer", nullable: false),
                Seed = table.Column<long>(type: "bigint", nullable: true),
                DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                Members = table.Column<string>(type: "text", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ExpertConsultations", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Experts",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                Organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                OrganisationType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                YearsInField = table.Column<int>(type: "integer", nullable: false),
                TermStart = table.Column<DateOnly>(type: "date", nullable: false),
                TermEnd = table.Column<DateOnly>(type: "date", nullable: false),
                Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                Conflicts = table.Column<string>(type: "text", nullable: false),
                Fields = table.Column<string>(type: "text", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Experts", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Notifications",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                TimerId = table.Column<Guid>(type: "uuid", nullable: true),
                RecipientUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                RecipientRole = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                RecipientOrganisationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                CaseNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                ReadAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Notifications", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Organisations",
            columns: table => new
            {
                Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                ParentId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Organisations", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "OrganisationWebhooks",
            columns: table => new
            {
                OrganisationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                Url = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                Enabled = table.Column<bool>(type: "boolean", nullable: false),
                UpdatedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OrganisationWebhooks", x => x.OrganisationId);
            });

        migrationBuilder.CreateTable(
            name: "ReviewCases",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                Number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                TownshipId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                DistrictId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                DraftingUnit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                DrafterId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                Counterparty = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                SubmissionKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                WorkflowId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                WorkflowVersion = table.Column<int>(type: "integer", nullable: false),
                WorkflowHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                State = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                Round = table.Column<int>(type: "integer", nullable: false),
                Metadata = table.Column<string>(type: "text", nullable: false),
                Flags = table.Column<string>(type: "text", nullable: false),
                AttachedMaterials = table.Column<string>(type: "text", nullable: false),
                VisitedInRound = table.Column<string>(type: "text", nullable: false),
                ActionCounts = table.Column<string>(type: "text", nullable: false),
                StateHolders = table.Column<string>(type: "text", nullable: false),
                Clock = table.Column<string>(type: "text", nullable: false),
                DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                DueProvisional = table.Column<bool>(type: "boolean", nullable: false),
                Opinion = table.Column<string>(type: "text", nullable: true),
                Adoptions = table.Column<string>(type: "text", nullable: false),
                CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                ClosedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                EventCount = table.Column<int>(type: "integer", nullable: false),
                LastEventHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                Version = table.Column<long>(type: "bigint", nullable: false),
                PreReviewConclusion = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ReviewCases", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "UserAccounts",
            columns: table => new
            {
                Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                DisplayName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                OrganisationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                IsActive = table.Column<bool>(type: "boolean", nullable: false),
                Roles = table.Column<string>(type: "text", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_UserAccounts", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "WebhookDeliveries",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                NotificationId = table.Column<Guid>(type: "uuid", nullable: false),
                OrganisationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                Url = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                Payload = table.Column<string>(type: "text", nullable: false),
                Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                Attempts = table.Column<int>(type: "integer", nullable: false),
                CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                NextAttemptAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                LastAttemptAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                LastError = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                DeliveredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                ClaimedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                ClaimedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WebhookDeliveries", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "WorkflowSnapshots",
            columns: table => new
            {
                WorkflowId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                Version = table.Column<int>(type: "integer", nullable: false),
                ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                Json = table.Column<string>(type: "text", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WorkflowSnapshots", x => new { x.WorkflowId, x.Version, x.ContentHash });
            });

        migrationBuilder.CreateTable(
            name: "AspNetRoleClaims",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                RoleId = table.Column<string>(type: "text", nullable: false),
                ClaimType = table.Column<string>(type: "text", nullable: true),
                ClaimValue = table.Column<string>(type: "text", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                table.ForeignKey(
                    name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                    column: x => x.RoleId,
                    principalTable: "AspNetRoles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserClaims",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                UserId = table.Column<string>(type: "text", nullable: false),
                ClaimType = table.Column<string>(type: "text", nullable: true),
                ClaimValue = table.Column<string>(type: "text", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                table.ForeignKey(
                    name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserLogins",
            columns: table => new
            {
                LoginProvider = table.Column<string>(type: "text", nullable: false),
                ProviderKey = table.Column<string>(type: "text", nullable: false),
                ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                UserId = table.Column<string>(type: "text", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                table.ForeignKey(
                    name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserRoles",
            columns: table => new
            {
                UserId = table.Column<string>(type: "text", nullable: false),
                RoleId = table.Column<string>(type: "text", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                table.ForeignKey(
                    name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                    column: x => x.RoleId,
                    principalTable: "AspNetRoles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserTokens",
            columns: table => new
            {
                UserId = table.Column<string>(type: "text", nullable: false),
                LoginProvider = table.Column<string>(type: "text", nullable: false),
                Name = table.Column<string>(type: "text", nullable: false),
                Value = table.Column<string>(type: "text", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                table.ForeignKey(
                    name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "WorkItems",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                State = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                Round = table.Column<int>(type: "integer", nullable: false),
                Role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                OrganisationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                AssigneeId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                ExcludeDrafter = table.Column<bool>(type: "boolean", nullable: false),
                CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                ClosedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                ClosedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                Outcome = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                Version = table.Column<long>(type: "bigint", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WorkItems", x => x.Id);
                table.ForeignKey(
                    name: "FK_WorkItems_ReviewCases_CaseId",
                    column: x => x.CaseId,
                    principalTable: "ReviewCases",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_AspNetRoleClaims_RoleId",
            table: "AspNetRoleClaims",
            column: "RoleId");

        migrationBuilder.CreateIndex(
            name: "RoleNameIndex",
            table: "AspNetRoles",
            column: "NormalizedName",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_AspNetUserClaims_UserId",
            table: "AspNetUserClaims",
            column: "UserId");

        migrationBuilder.CreateIndex(
            name: "IX_AspNetUserLogins_UserId",
            table: "AspNetUserLogins",
            column: "UserId");

        migrationBuilder.CreateIndex(
            name: "IX_AspNetUserRoles_RoleId",
            table: "AspNetUserRoles",
            column: "RoleId");

        migrationBuilder.CreateIndex(
            name: "EmailIndex",
            table: "AspNetUsers",
            column: "NormalizedEmail");

        migrationBuilder.CreateIndex(
            name: "UserNameIndex",
            table: "AspNetUsers",
            column: "NormalizedUserName",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_AuditEvents_CaseId_Sequence",
            table: "AuditEvents",
            columns: new[] { "CaseId", "Sequence" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_CaseDocuments_CaseId_Round",
            table: "CaseDocuments",
            columns: new[] { "CaseId", "Round" });

        migrationBuilder.CreateIndex(
            name: "IX_CaseFindings_CaseId_Round",
            table: "CaseFindings",
            columns: new[] { "CaseId", "Round" });

        migrationBuilder.CreateIndex(
            name: "IX_DeadlineTimers_FiredAtUtc_CancelledAtUtc_FireAtUtc",
            table: "DeadlineTimers",
            columns: new[] { "FiredAtUtc", "CancelledAtUtc", "FireAtUtc" });

        migrationBuilder.CreateIndex(
            name: "IX_DeadlineTimers_WorkItemId_Rung_DueOn",
            table: "DeadlineTimers",
            columns: new[] { "WorkItemId", "Rung", "DueOn" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_ExpertConsultations_CaseId_Round",
            table: "ExpertConsultations",
            columns: new[] { "CaseId", "Round" });

        migrationBuilder.CreateIndex(
            name: "IX_ExpertConsultations_CreatedAtUtc",
            table: "ExpertConsultations",
            column: "CreatedAtUtc");

        migrationBuilder.CreateIndex(
            name: "IX_Experts_Name_Organisation",
            table: "Experts",
            columns: new[] { "Name", "Organisation" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Experts_UserId",
            table: "Experts",
            column: "UserId");

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

        migrationBuilder.CreateIndex(
            name: "IX_ReviewCases_DrafterId_SubmissionKey",
            table: "ReviewCases",
            columns: new[] { "DrafterId", "SubmissionKey" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_ReviewCases_DueOn",
            table: "ReviewCases",
            column: "DueOn");

        migrationBuilder.CreateIndex(
            name: "IX_ReviewCases_Number",
            table: "ReviewCases",
            column: "Number",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_ReviewCases_TownshipId_State",
            table: "ReviewCases",
            columns: new[] { "TownshipId", "State" });

        migrationBuilder.CreateIndex(
            name: "IX_WebhookDeliveries_NotificationId_OrganisationId",
            table: "WebhookDeliveries",
            columns: new[] { "NotificationId", "OrganisationId" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_WebhookDeliveries_Status_NextAttemptAtUtc",
            table: "WebhookDeliveries",
            columns: new[] { "Status", "NextAttemptAtUtc" });

        migrationBuilder.CreateIndex(
            name: "IX_WorkItems_AssigneeId_Status",
            table: "WorkItems",
            columns: new[] { "AssigneeId", "Status" });

        migrationBuilder.CreateIndex(
            name: "IX_WorkItems_CaseId_Status",
            table: "WorkItems",
            columns: new[] { "CaseId", "Status" });

        migrationBuilder.CreateIndex(
            name: "IX_WorkItems_OrganisationId_Role_Status",
            table: "WorkItems",
            columns: new[] { "OrganisationId", "Role", "Status" });
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "AspNetRoleClaims");

        migrationBuilder.DropTable(
            name: "AspNetUserClaims");

        migrationBuilder.DropTable(
            name: "AspNetUserLogins");

        migrationBuilder.DropTable(
            name: "AspNetUserRoles");

        migrationBuilder.DropTable(
            name: "AspNetUserTokens");

        migrationBuilder.DropTable(
            name: "AuditEvents");

        migrationBuilder.DropTable(
            name: "CaseDocuments");

        migrationBuilder.DropTable(
            name: "CaseFindings");

        migrationBuilder.DropTable(
            name: "DeadlineTimers");

        migrationBuilder.DropTable(
            name: "DocumentContents");

        migrationBuilder.DropTable(
            name: "ExpertConsultations");

        migrationBuilder.DropTable(
            name: "Experts");

        migrationBuilder.DropTable(
            name: "Notifications");

        migrationBuilder.DropTable(
            name: "Organisations");

        migrationBuilder.DropTable(
            name: "OrganisationWebhooks");

        migrationBuilder.DropTable(
            name: "UserAccounts");

        migrationBuilder.DropTable(
            name: "WebhookDeliveries");

        migrationBuilder.DropTable(
            name: "WorkflowSnapshots");

        migrationBuilder.DropTable(
            name: "WorkItems");

        migrationBuilder.DropTable(
            name: "AspNetRoles");

        migrationBuilder.DropTable(
            name: "AspNetUsers");

        migrationBuilder.DropTable(
            name: "ReviewCases");
    }
}
