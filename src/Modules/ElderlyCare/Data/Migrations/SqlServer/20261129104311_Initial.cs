using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularSocialWork.Modules.ElderlyCare.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "elderly_care");

            migrationBuilder.CreateTable(
                name: "AuditOutbox",
                schema: "elderly_care",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Role = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    StationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Action = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    EntityType = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    EntityId = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Detail = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ClientIp = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    RequestId = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditOutbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ElderProfiles",
                schema: "elderly_care",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    TagCodes = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    LivingSituation = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    HealthNotes = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    DerivedTier = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    TierOverride = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    TierOverrideReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    RiskTier = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    AssignedWorkerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Notes = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ElderProfiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MajorEvents",
                schema: "elderly_care",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ElderProfileId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Kind = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MajorEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SweepWatermarks",
                schema: "elderly_care",
                columns: table => new
                {
                    JobId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    LastSweptDate = table.Column<DateOnly>(type: "date", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SweepWatermarks", x => x.JobId);
                });

            migrationBuilder.CreateTable(
                name: "TierCadences",
                schema: "elderly_care",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Tier = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Months = table.Column<int>(type: "int", nullable: false),
                    Days = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TierCadences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TierRules",
                schema: "elderly_care",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Order = table.Column<int>(type: "int", nullable: false),
                    Tier = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    AnyOfTags = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    MinimumAge = table.Column<int>(type: "int", nullable: true),
                    DescriptionZh = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TierRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VisitPlans",
                schema: "elderly_care",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ElderProfileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AssignedWorkerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Tier = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    LastVisitDate = table.Column<DateOnly>(type: "date", nullable: true),
                    RegularDueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    UrgentDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    NextDueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitPlans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VisitRecords",
                schema: "elderly_care",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ElderProfileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VisitDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Method = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    VisitorKind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    VisitorUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    VisitorName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Living = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Health = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Safety = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Mental = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Findings = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    NeedsFound = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Referral = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    NextSteps = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VisitReminders",
                schema: "elderly_care",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ElderProfileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AssignedWorkerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitReminders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ElderContacts",
                schema: "elderly_care",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ElderProfileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Relationship = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    PhoneCipher = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    PhoneMasked = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ElderContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ElderContacts_ElderProfiles_ElderProfileId",
                        column: x => x.ElderProfileId,
                        principalSchema: "elderly_care",
                        principalTable: "ElderProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ElderContacts_ElderProfileId",
                schema: "elderly_care",
                table: "ElderContacts",
                column: "ElderProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_ElderProfiles_BirthDate",
                schema: "elderly_care",
                table: "ElderProfiles",
                column: "BirthDate");

            migrationBuilder.CreateIndex(
                name: "IX_ElderProfiles_ResidentId",
                schema: "elderly_care",
                table: "ElderProfiles",
                column: "ResidentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ElderProfiles_StationId_Name",
                schema: "elderly_care",
                table: "ElderProfiles",
                columns: new[] { "StationId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_MajorEvents_StationId_OccurredOn",
                schema: "elderly_care",
                table: "MajorEvents",
                columns: new[] { "StationId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TierCadences_Tier",
                schema: "elderly_care",
                table: "TierCadences",
                column: "Tier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VisitPlans_ElderProfileId",
                schema: "elderly_care",
                table: "VisitPlans",
                column: "ElderProfileId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VisitPlans_NextDueDate",
                schema: "elderly_care",
                table: "VisitPlans",
                column: "NextDueDate");

            migrationBuilder.CreateIndex(
                name: "IX_VisitPlans_StationId_NextDueDate",
                schema: "elderly_care",
                table: "VisitPlans",
                columns: new[] { "StationId", "NextDueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_VisitRecords_ElderProfileId_VisitDate",
                schema: "elderly_care",
                table: "VisitRecords",
                columns: new[] { "ElderProfileId", "VisitDate" });

            migrationBuilder.CreateIndex(
                name: "IX_VisitRecords_StationId_VisitDate",
                schema: "elderly_care",
                table: "VisitRecords",
                columns: new[] { "StationId", "VisitDate" });

            migrationBuilder.CreateIndex(
                name: "IX_VisitReminders_AssignedWorkerId_ResolvedAt",
                schema: "elderly_care",
                table: "VisitReminders",
                columns: new[] { "AssignedWorkerId", "ResolvedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_VisitReminders_PlanId_DueDate",
                schema: "elderly_care",
                table: "VisitReminders",
                columns: new[] { "PlanId", "DueDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VisitReminders_StationId_ResolvedAt_DueDate",
                schema: "elderly_care",
                table: "VisitReminders",
                columns: new[] { "StationId", "ResolvedAt", "DueDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditOutbox",
                schema: "elderly_care");

            migrationBuilder.DropTable(
                name: "ElderContacts",
                schema: "elderly_care");

            migrationBuilder.DropTable(
                name: "MajorEvents",
                schema: "elderly_care");

            migrationBuilder.DropTable(
                name: "SweepWatermarks",
                schema: "elderly_care");

            migrationBuilder.DropTable(
                name: "TierCadences",
                schema: "elderly_care");

            migrationBuilder.DropTable(
                name: "TierRules",
                schema: "elderly_care");

            migrationBuilder.DropTable(
                name: "VisitPlans",
                schema: "elderly_care");

            migrationBuilder.DropTable(
                name: "VisitRecords",
                schema: "elderly_care");

            migrationBuilder.DropTable(
                name: "VisitReminders",
                schema: "elderly_care");

            migrationBuilder.DropTable(
                name: "ElderProfiles",
                schema: "elderly_care");
        }
    }
}
