using System.ComponentModel.DataAnnotations;

namespace ServerStatus.Infrastructure.Persistence;

/// <summary>Configuration section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (default, the embedded database file) or <c>SqlServer</c> (with <c>ConnectionStrings:ServerStatus</c>).</summary>
    [Required]
    [RegularExpression(@"(?i)^(sqlite|sqlserver)\z", ErrorMessage = "Database:Provider must be Sqlite or SqlServer.")]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>The SQLite file; used when no <c>ConnectionStrings:ServerStatus</c> is set. The host's default is <c>serverstatus.db</c> in its data directory.</summary>
    [Required]
    public string Path { get; set; } = "./data/serverstatus.db";

    public bool IsSqlServer => string.Equals(Provider, "SqlServer", StringComparison.OrdinalIgnoreCase);
}
