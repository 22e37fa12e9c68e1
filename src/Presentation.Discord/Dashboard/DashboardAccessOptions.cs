using System.ComponentModel.DataAnnotations;

namespace ServerStatus.Presentation.Discord.Dashboard;

/// <summary>
/// Configuration section <c>Dashboard</c>: who may open the Hangfire dashboard at <c>/hangfire</c>. With neither a
/// username + password hash nor a token, it is served read-only and only to loopback requests.
/// </summary>
public sealed class DashboardAccessOptions : IValidatableObject
{
    public const string Section = "Dashboard";

    public bool Enabled { get; set; } = true;

    /// <summary>Basic-auth user name; needs <see cref="PasswordHash"/>.</summary>
    public string? Username { get; set; }

    /// <summary><c>pbkdf2-sha256:iterations:salt:hash</c> (base64), made by <c>ServerStatus hash-password</c>.</summary>
    public string? PasswordHash { get; set; }

    /// <summary>A bearer token (<c>Authorization: Bearer …</c>), at least 16 characters.</summary>
    [MinLength(16, ErrorMessage = "Dashboard:Token must be at least 16 characters long.")]
    public string? Token { get; set; }

    /// <summary>Failed attempts in a row from one client (see <see cref="DashboardClient"/>) before it is locked out.</summary>
    [Range(1, 1000)]
    public int MaxFailures { get; set; } = 5;

    /// <summary>Failed attempts from all clients together, within <see cref="LockoutSeconds"/>, before every client is locked out.</summary>
    [Range(1, 100_000)]
    public int GlobalMaxFailures { get; set; } = 20;

    /// <summary>How long a client (or, after <see cref="GlobalMaxFailures"/>, every client) stays locked out.</summary>
    [Range(1, 86400)]
    public int LockoutSeconds { get; set; } = 300;

    public bool HasPassword => !string.IsNullOrEmpty(Username) && !string.IsNullOrEmpty(PasswordHash);

    public bool HasCredentials => HasPassword || !string.IsNullOrEmpty(Token);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrEmpty(Username) != string.IsNullOrEmpty(PasswordHash))
        {
            yield return new ValidationResult("Dashboard:Username and Dashboard:PasswordHash go together: set both, or neither.", [nameof(Username), nameof(PasswordHash)]);
        }
        else if (!string.IsNullOrEmpty(PasswordHash) && !DashboardPasswordHash.IsWellFormed(PasswordHash))
        {
            yield return new ValidationResult("Dashboard:PasswordHash must look like pbkdf2-sha256:iterations:salt:hash; make one with `dotnet ServerStatus.Presentation.Discord.dll hash-password '<password>'`.", [nameof(PasswordHash)]);
        }
    }
}
