using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServerStatus.Infrastructure.Persistence.Migrations.Sqlite
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
                    Engine = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TimeNanos = table.Column<long>(type: "INTEGER", nullable: false),
                    Keys = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventCursors", x => x.Engine);
                });

            migrationBuilder.CreateTable(
                name: "ImageBaselines",
                columns: table => new
                {
                    Server = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ImageId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImageBaselines", x => x.Server);
                });

            migrationBuilder.CreateTable(
                name: "Incidents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Engine = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Server = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ServerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContainerId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastEventAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Exits = table.Column<int>(type: "INTEGER", nullable: false),
                    RecentExits = table.Column<string>(type: "TEXT", maxLength: 2200, nullable: false),
                    ExitCode = table.Column<int>(type: "INTEGER", nullable: true),
                    Signal = table.Column<int>(type: "INTEGER", nullable: true),
                    RunningSince = table.Column<long>(type: "INTEGER", nullable: true),
                    RestartCount = table.Column<long>(type: "INTEGER", nullable: false),
                    MemoryLimitBytes = table.Column<long>(type: "INTEGER", nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 1800, nullable: true),
                    LogTail = table.Column<string>(type: "TEXT", maxLength: 1800, nullable: true),
                    Changes = table.Column<string>(type: "TEXT", maxLength: 1800, nullable: true),
                    RecoveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RecoveredBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ChannelId = table.Column<long>(type: "INTEGER", nullable: true),
                    MessageId = table.Column<long>(type: "INTEGER", nullable: true)
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
