using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServerStatus.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ResourceHistoryIoAndAuditMarkers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "BlockReadRate",
                table: "MetricRollups",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "BlockWrittenRate",
                table: "MetricRollups",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "IoSeconds",
                table: "MetricRollups",
                type: "REAL",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<double>(
                name: "NetworkReceivedRate",
                table: "MetricRollups",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "NetworkSentRate",
                table: "MetricRollups",
                type: "REAL",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Command_At",
                table: "AuditEntries",
                columns: new[] { "Command", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_Command_At",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "BlockReadRate",
                table: "MetricRollups");

            migrationBuilder.DropColumn(
                name: "BlockWrittenRate",
                table: "MetricRollups");

            migrationBuilder.DropColumn(
                name: "IoSeconds",
                table: "MetricRollups");

            migrationBuilder.DropColumn(
                name: "NetworkReceivedRate",
                table: "MetricRollups");

            migrationBuilder.DropColumn(
                name: "NetworkSentRate",
                table: "MetricRollups");
        }
    }
}
