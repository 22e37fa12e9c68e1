using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServerStatus.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PendingUpdates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PendingUpdates",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Server = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Engine = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ImageReference = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    RunningDigest = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NewDigest = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RunningImageCreated = table.Column<long>(type: "INTEGER", nullable: true),
                    NewImageCreated = table.Column<long>(type: "INTEGER", nullable: true),
                    FoundAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CheckedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SkippedDigest = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SkippedBy = table.Column<long>(type: "INTEGER", nullable: true),
                    ChannelId = table.Column<long>(type: "INTEGER", nullable: true),
                    MessageId = table.Column<long>(type: "INTEGER", nullable: true),
                    AnnouncedDigest = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PendingUpdates", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PendingUpdates_Server",
                table: "PendingUpdates",
                column: "Server",
                unique: true);

            // Grants of `all` are stored as the set of every permission: widen those made before `update` existed.
            migrationBuilder.Sql("UPDATE Grants SET Permission = 2047 WHERE Permission = 1023;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PendingUpdates");

            migrationBuilder.Sql("UPDATE Grants SET Permission = 1023 WHERE Permission = 2047;");
        }
    }
}
