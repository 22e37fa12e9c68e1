using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServerStatus.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PowerScheduleRunJournal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RunResumedAt",
                table: "PowerSchedules",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RunStartedAt",
                table: "PowerSchedules",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RunStepsDone",
                table: "PowerSchedules",
                type: "int",
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
