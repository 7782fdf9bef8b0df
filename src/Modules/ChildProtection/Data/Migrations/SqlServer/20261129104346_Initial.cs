using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularSocialWork.Modules.ChildProtection.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "child_protection");

            migrationBuilder.CreateTable(
                name: "AuditOutbox",
                schema: "child_protection",
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
                name: "Cases",
                schema: "child_protection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ChildProfileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    IntakeDate = table.Column<DateOnly>(type: "date", nullable: false),
                    IntakeReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    AssignedWorkerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LegalBasis = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    AssessmentAnswers = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    AssessmentScore = table.Column<int>(type: "int", nullable: true),
                    AssessedRiskLevel = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    AssessmentNotes = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    PlanGoals = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    PlanActions = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ClosureReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReopenCount = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseTransitions",
                schema: "child_protection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Action = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    From = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    To = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Comment = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ByName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseTransitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CategoryCadences",
                schema: "child_protection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Category = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
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
                    table.PrimaryKey("PK_CategoryCadences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ChildProfiles",
                schema: "child_protection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Category = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    GuardianshipStatus = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    School = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Grade = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    HealthNotes = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    DisabilityNotes = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    RiskLevel = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    AssignedWorkerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LegalBasis = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ConsentGuardianName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    ConsentDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Notes = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChildProfiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FollowUps",
                schema: "child_protection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ChildProfileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AssignedWorkerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Task = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Result = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Referrals",
                schema: "child_protection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ChildProfileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FromStationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Target = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ToStationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    TargetName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ChildName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    ChildAge = table.Column<int>(type: "int", nullable: true),
                    ChildCategory = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    ResponseReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    RespondedBy = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    RespondedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Referrals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SweepWatermarks",
                schema: "child_protection",
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
                name: "VisitPlans",
                schema: "child_protection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ChildProfileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AssignedWorkerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LastVisitDate = table.Column<DateOnly>(type: "date", nullable: true),
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
                schema: "child_protection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ChildProfileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VisitDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Method = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    VisitorUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    VisitorName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Findings = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    NeedsFound = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
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
                schema: "child_protection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ChildProfileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
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
                name: "ChildContacts",
                schema: "child_protection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ChildProfileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Relationship = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Whereabouts = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    PhoneCipher = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    PhoneMasked = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChildContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChildContacts_ChildProfiles_ChildProfileId",
                        column: x => x.ChildProfileId,
                        principalSchema: "child_protection",
                        principalTable: "ChildProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ChildProfileId",
                schema: "child_protection",
                table: "Cases",
                column: "ChildProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_StationId_Status",
                schema: "child_protection",
                table: "Cases",
                columns: new[] { "StationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseTransitions_CaseId_At",
                schema: "child_protection",
                table: "CaseTransitions",
                columns: new[] { "CaseId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CategoryCadences_Category",
                schema: "child_protection",
                table: "CategoryCadences",
                column: "Category",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChildContacts_ChildProfileId",
                schema: "child_protection",
                table: "ChildContacts",
                column: "ChildProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_ChildProfiles_ResidentId",
                schema: "child_protection",
                table: "ChildProfiles",
                column: "ResidentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChildProfiles_StationId_Name",
                schema: "child_protection",
                table: "ChildProfiles",
                columns: new[] { "StationId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_AssignedWorkerId_CompletedOn_DueDate",
                schema: "child_protection",
                table: "FollowUps",
                columns: new[] { "AssignedWorkerId", "CompletedOn", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_CaseId_DueDate",
                schema: "child_protection",
                table: "FollowUps",
                columns: new[] { "CaseId", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_StationId_DueDate",
                schema: "child_protection",
                table: "FollowUps",
                columns: new[] { "StationId", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_CaseId",
                schema: "child_protection",
                table: "Referrals",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_FromStationId_Status",
                schema: "child_protection",
                table: "Referrals",
                columns: new[] { "FromStationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ToStationId_Status",
                schema: "child_protection",
                table: "Referrals",
                columns: new[] { "ToStationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_VisitPlans_ChildProfileId",
                schema: "child_protection",
                table: "VisitPlans",
                column: "ChildProfileId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VisitPlans_NextDueDate",
                schema: "child_protection",
                table: "VisitPlans",
                column: "NextDueDate");

            migrationBuilder.CreateIndex(
                name: "IX_VisitRecords_ChildProfileId_VisitDate",
                schema: "child_protection",
                table: "VisitRecords",
                columns: new[] { "ChildProfileId", "VisitDate" });

            migrationBuilder.CreateIndex(
                name: "IX_VisitRecords_StationId_VisitDate",
                schema: "child_protection",
                table: "VisitRecords",
                columns: new[] { "StationId", "VisitDate" });

            migrationBuilder.CreateIndex(
                name: "IX_VisitReminders_AssignedWorkerId_ResolvedAt",
                schema: "child_protection",
                table: "VisitReminders",
                columns: new[] { "AssignedWorkerId", "ResolvedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_VisitReminders_PlanId_DueDate",
                schema: "child_protection",
                table: "VisitReminders",
                columns: new[] { "PlanId", "DueDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VisitReminders_StationId_ResolvedAt_DueDate",
                schema: "child_protection",
                table: "VisitReminders",
                columns: new[] { "StationId", "ResolvedAt", "DueDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditOutbox",
                schema: "child_protection");

            migrationBuilder.DropTable(
                name: "Cases",
                schema: "child_protection");

            migrationBuilder.DropTable(
                name: "CaseTransitions",
                schema: "child_protection");

            migrationBuilder.DropTable(
                name: "CategoryCadences",
                schema: "child_protection");

            migrationBuilder.DropTable(
                name: "ChildContacts",
                schema: "child_protection");

            migrationBuilder.DropTable(
                name: "FollowUps",
                schema: "child_protection");

            migrationBuilder.DropTable(
                name: "Referrals",
                schema: "child_protection");

            migrationBuilder.DropTable(
                name: "SweepWatermarks",
                schema: "child_protection");

            migrationBuilder.DropTable(
                name: "VisitPlans",
                schema: "child_protection");

            migrationBuilder.DropTable(
                name: "VisitRecords",
                schema: "child_protection");

            migrationBuilder.DropTable(
                name: "VisitReminders",
                schema: "child_protection");

            migrationBuilder.DropTable(
                name: "ChildProfiles",
                schema: "child_protection");
        }
    }
}
