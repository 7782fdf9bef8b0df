using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ModularSocialWork.Modules.ElderlyCare.Data.Migrations.PostgreSql
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
                name: "ElderProfiles",
                schema: "elderly_care",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    StationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RiskTier = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AssignedWorkerId = table.Column<Guid>(type: "uuid", nullable: true),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ElderProfiles", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ElderProfiles_ResidentId",
                schema: "elderly_care",
                table: "ElderProfiles",
                column: "ResidentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ElderProfiles_StationId",
                schema: "elderly_care",
                table: "ElderProfiles",
                column: "StationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ElderProfiles",
                schema: "elderly_care");
        }
    }
}
