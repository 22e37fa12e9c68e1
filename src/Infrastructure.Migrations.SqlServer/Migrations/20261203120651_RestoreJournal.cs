using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServerStatus.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RestoreJournal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RestoresInProgress",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Server = table.Column<string>(type: "nvarchar(161)", maxLength: 161, nullable: false),
                    Backup = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    SafetyBackup = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ServerWasRunning = table.Column<bool>(type: "bit", nullable: false),
                    Stage = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    StartedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RestoresInProgress", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RestoresInProgress_Server",
                table: "RestoresInProgress",
                column: "Server",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RestoresInProgress");
        }
    }
}
