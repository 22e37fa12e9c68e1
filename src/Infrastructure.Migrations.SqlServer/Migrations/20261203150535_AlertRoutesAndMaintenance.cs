using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServerStatus.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AlertRoutesAndMaintenance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AlertMutes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Server = table.Column<string>(type: "nvarchar(161)", maxLength: 161, nullable: false),
                    Until = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    MutedBy = table.Column<long>(type: "bigint", nullable: false),
                    MutedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertMutes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AlertRoutes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Scope = table.Column<string>(type: "nvarchar(161)", maxLength: 161, nullable: false),
                    ChannelId = table.Column<long>(type: "bigint", nullable: true),
                    SetBy = table.Column<long>(type: "bigint", nullable: false),
                    SetAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertRoutes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MaintenanceWindows",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Scope = table.Column<string>(type: "nvarchar(161)", maxLength: 161, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    StartedBy = table.Column<long>(type: "bigint", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Until = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    RemindedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MaintenanceWindows", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AlertMutes_Server",
                table: "AlertMutes",
                column: "Server",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AlertRoutes_Scope",
                table: "AlertRoutes",
                column: "Scope",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceWindows_Scope",
                table: "MaintenanceWindows",
                column: "Scope",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AlertMutes");

            migrationBuilder.DropTable(
                name: "AlertRoutes");

            migrationBuilder.DropTable(
                name: "MaintenanceWindows");
        }
    }
}
