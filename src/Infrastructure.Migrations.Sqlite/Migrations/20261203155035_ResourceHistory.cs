using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServerStatus.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ResourceHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MetricRollups",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Server = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Samples = table.Column<int>(type: "INTEGER", nullable: false),
                    CpuSamples = table.Column<int>(type: "INTEGER", nullable: false),
                    CpuMin = table.Column<double>(type: "REAL", nullable: true),
                    CpuAverage = table.Column<double>(type: "REAL", nullable: true),
                    CpuMax = table.Column<double>(type: "REAL", nullable: true),
                    MemoryMin = table.Column<long>(type: "INTEGER", nullable: false),
                    MemoryAverage = table.Column<long>(type: "INTEGER", nullable: false),
                    MemoryMax = table.Column<long>(type: "INTEGER", nullable: false),
                    MemoryLimitBytes = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MetricRollups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MetricSamples",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Server = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    CpuPercent = table.Column<double>(type: "REAL", nullable: true),
                    MemoryBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    MemoryLimitBytes = table.Column<long>(type: "INTEGER", nullable: true),
                    NetworkReceivedBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    NetworkSentBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    BlockReadBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    BlockWrittenBytes = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MetricSamples", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MetricRollups_At",
                table: "MetricRollups",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_MetricRollups_Server_At",
                table: "MetricRollups",
                columns: new[] { "Server", "At" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MetricSamples_At",
                table: "MetricSamples",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_MetricSamples_Server_At",
                table: "MetricSamples",
                columns: new[] { "Server", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MetricRollups");

            migrationBuilder.DropTable(
                name: "MetricSamples");
        }
    }
}
