using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServerStatus.Infrastructure.Persistence.Migrations.SqlServer
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Server = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Engine = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ImageReference = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    RunningDigest = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    NewDigest = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    RunningImageCreated = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    NewImageCreated = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    FoundAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CheckedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SkippedDigest = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    SkippedBy = table.Column<long>(type: "bigint", nullable: true),
                    ChannelId = table.Column<long>(type: "bigint", nullable: true),
                    MessageId = table.Column<long>(type: "bigint", nullable: true),
                    AnnouncedDigest = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true)
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
