using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace ServerStatus.Application.Common.Security;

/// <summary>Configuration section <c>Permissions</c>.</summary>
public sealed class PermissionsOptions : IValidatableObject
{
    public const string Section = "Permissions";

    /// <summary>The smallest Discord id: snowflakes have 17 to 20 digits (an unsigned 64-bit number has at most 20).</summary>
    private const ulong SmallestSnowflake = 10_000_000_000_000_000;

    /// <summary>Discord user ids that are always admins; they cannot be removed from chat.</summary>
    public IList<ulong> Admins { get; } = [];

    /// <summary>
    /// The old bot's <c>permissions.json</c>, imported once per content at start-up (relative paths from the
    /// working directory). Empty disables the import.
    /// </summary>
    public string LegacyFile { get; set; } = "./permissions.json";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Admins.Select((id, index) => (Id: id, Index: index))
            .Where(admin => admin.Id < SmallestSnowflake)
            .Select(admin => new ValidationResult(string.Create(
                CultureInfo.InvariantCulture,
                $"{Section}:{nameof(Admins)}:{admin.Index} must be a Discord user id (17 to 20 digits; with Developer Mode on, right-click the user → Copy User ID), not \"{admin.Id}\".")));
}
