using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServerStatus.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Incidents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EventCursors",
                columns: table => new
                {
                    Engine = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    TimeNanos = table.Column<long>(type: "bigint", nullable: false),
                    Keys = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventCursors", x => x.Engine);
                });

            migrationBuilder.CreateTable(
                name: "ImageBaselines",
                columns: table => new
                {
                    Server = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ImageId = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImageBaselines", x => x.Server);
                });

            migrationBuilder.CreateTable(
                name: "Incidents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Engine = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Server = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ServerName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ContainerId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LastEventAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Exits = table.Column<int>(type: "int", nullable: false),
                    RecentExits = table.Column<string>(type: "nvarchar(2200)", maxLength: 2200, nullable: false),
                    ExitCode = table.Column<int>(type: "int", nullable: true),
                    Signal = table.Column<int>(type: "int", nullable: true),
                    RunningSince = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    RestartCount = table.Column<long>(type: "bigint", nullable: false),
                    MemoryLimitBytes = table.Column<long>(type: "bigint", nullable: true),
                    Detail = table.Column<string>(type: "nvarchar(1800)", maxLength: 1800, nullable: true),
                    LogTail = table.Column<string>(type: "nvarchar(1800)", maxLength: 1800, nullable: true),
                    Changes = table.Column<string>(type: "nvarchar(1800)", maxLength: 1800, nullable: true),
                    RecoveredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    RecoveredBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ChannelId = table.Column<long>(type: "bigint", nullable: true),
                    MessageId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Incidents", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_ChannelId_MessageId",
                table: "Incidents",
                columns: new[] { "ChannelId", "MessageId" });

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_Server_OpenedAt",
                table: "Incidents",
                columns: new[] { "Server", "OpenedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EventCursors");

            migrationBuilder.DropTable(
                name: "ImageBaselines");

            migrationBuilder.DropTable(
                name: "Incidents");
        }
    }
}
