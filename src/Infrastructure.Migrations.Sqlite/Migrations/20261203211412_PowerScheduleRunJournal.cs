using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServerStatus.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PowerScheduleRunJournal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "RunResumedAt",
                table: "PowerSchedules",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RunStartedAt",
                table: "PowerSchedules",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RunStepsDone",
                table: "PowerSchedules",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RunResumedAt",
                table: "PowerSchedules");

            migrationBuilder.DropColumn(
                name: "RunStartedAt",
                table: "PowerSchedules");

            migrationBuilder.DropColumn(
                name: "RunStepsDone",
                table: "PowerSchedules");
        }
    }
}
