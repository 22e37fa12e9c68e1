using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServerStatus.Infrastructure.Persistence.Migrations.SqlServer.Migrations
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Server = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Engine = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ContainerName = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    ImageReference = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    OldContainerId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    OldImageId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ParkedName = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    NewContainerId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    NewImageId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Backup = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    ServerWasRunning = table.Column<bool>(type: "bit", nullable: false),
                    Stage = table.Column<int>(type: "int", nullable: false),
                    StartedBy = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    EndedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Problem = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    OldImageRemovedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
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
