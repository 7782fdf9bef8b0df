using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularSocialWork.Modules.ElderlyCare.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditOutbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    StationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ClientIp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RequestId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditOutbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ElderProfiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TagCodes = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    LivingSituation = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    HealthNotes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DerivedTier = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TierOverride = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    TierOverrideReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RiskTier = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AssignedWorkerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ElderProfiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MajorEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ElderProfileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MajorEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SweepWatermarks",
                columns: table => new
                {
                    JobId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LastSweptDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SweepWatermarks", x => x.JobId);
                });

            migrationBuilder.CreateTable(
                name: "TierCadences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Tier = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Months = table.Column<int>(type: "INTEGER", nullable: false),
                    Days = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TierCadences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TierRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Tier = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AnyOfTags = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    MinimumAge = table.Column<int>(type: "INTEGER", nullable: true),
                    DescriptionZh = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TierRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VisitPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ElderProfileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignedWorkerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Tier = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    LastVisitDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RegularDueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UrgentDueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NextDueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitPlans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VisitRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ElderProfileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VisitDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    VisitorKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    VisitorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    VisitorName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Living = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Health = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Safety = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Mental = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    NeedsFound = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Referral = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    NextSteps = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VisitReminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ElderProfileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignedWorkerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitReminders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ElderContacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ElderProfileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Relationship = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    PhoneCipher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PhoneMasked = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ElderContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ElderContacts_ElderProfiles_ElderProfileId",
                        column: x => x.ElderProfileId,
                        principalTable: "ElderProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ElderContacts_ElderProfileId",
                table: "ElderContacts",
                column: "ElderProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_ElderProfiles_BirthDate",
                table: "ElderProfiles",
                column: "BirthDate");

            migrationBuilder.CreateIndex(
                name: "IX_ElderProfiles_ResidentId",
                table: "ElderProfiles",
                column: "ResidentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ElderProfiles_StationId_Name",
                table: "ElderProfiles",
                columns: new[] { "StationId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_MajorEvents_StationId_OccurredOn",
                table: "MajorEvents",
                columns: new[] { "StationId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TierCadences_Tier",
                table: "TierCadences",
                column: "Tier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VisitPlans_ElderProfileId",
                table: "VisitPlans",
                column: "ElderProfileId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VisitPlans_NextDueDate",
                table: "VisitPlans",
                column: "NextDueDate");

            migrationBuilder.CreateIndex(
                name: "IX_VisitPlans_StationId_NextDueDate",
                table: "VisitPlans",
                columns: new[] { "StationId", "NextDueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_VisitRecords_ElderProfileId_VisitDate",
                table: "VisitRecords",
                columns: new[] { "ElderProfileId", "VisitDate" });

            migrationBuilder.CreateIndex(
                name: "IX_VisitRecords_StationId_VisitDate",
                table: "VisitRecords",
                columns: new[] { "StationId", "VisitDate" });

            migrationBuilder.CreateIndex(
                name: "IX_VisitReminders_AssignedWorkerId_ResolvedAt",
                table: "VisitReminders",
                columns: new[] { "AssignedWorkerId", "ResolvedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_VisitReminders_PlanId_DueDate",
                table: "VisitReminders",
                columns: new[] { "PlanId", "DueDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VisitReminders_StationId_ResolvedAt_DueDate",
                table: "VisitReminders",
                columns: new[] { "StationId", "ResolvedAt", "DueDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditOutbox");

            migrationBuilder.DropTable(
                name: "ElderContacts");

            migrationBuilder.DropTable(
                name: "MajorEvents");

            migrationBuilder.DropTable(
                name: "SweepWatermarks");

            migrationBuilder.DropTable(
                name: "TierCadences");

            migrationBuilder.DropTable(
                name: "TierRules");

            migrationBuilder.DropTable(
                name: "VisitPlans");

            migrationBuilder.DropTable(
                name: "VisitRecords");

            migrationBuilder.DropTable(
                name: "VisitReminders");

            migrationBuilder.DropTable(
                name: "ElderProfiles");
        }
    }
}
