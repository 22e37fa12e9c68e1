namespace ServerStatus.Application.Common.Security;

/// <summary>Configuration section <c>Permissions</c>.</summary>
public sealed class PermissionsOptions
{
    public const string Section = "Permissions";

    /// <summary>Discord user ids that are always admins; they cannot be removed from chat.</summary>
    public IList<ulong> Admins { get; } = [];

    /// <summary>
    /// The old bot's <c>permissions.json</c>, imported once per content at start-up (relative paths from the
    /// working directory). Empty disables the import.
    /// </summary>
    public string LegacyFile { get; set; } = "./permissions.json";
}
