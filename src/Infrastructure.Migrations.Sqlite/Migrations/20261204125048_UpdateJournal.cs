using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServerStatus.Infrastructure.Persistence.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class UpdateJournal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "UpdateJournal",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Server = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Engine = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContainerName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ImageReference = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    OldContainerId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OldImageId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ParkedName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NewContainerId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    NewImageId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Backup = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ServerWasRunning = table.Column<bool>(type: "INTEGER", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Problem = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OldImageRemovedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UpdateJournal", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_UpdateJournal_Server",
                table: "UpdateJournal",
                column: "Server");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "UpdateJournal");
        }
    }
}
