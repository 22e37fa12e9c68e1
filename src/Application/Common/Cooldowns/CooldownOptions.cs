using System.ComponentModel.DataAnnotations;

namespace ServerStatus.Application.Common.Cooldowns;

/// <summary>
/// <c>Bot:Cooldowns</c>: seconds a user must wait before running a command on the same server again
/// (<c>"restart": 60</c>); commands not listed have none. Admins and scheduled work are exempt. Which names are
/// commands is checked by the host, which knows them.
/// </summary>
public sealed class CooldownOptions : IValidatableObject
{
    public const string Section = "Bot";

    public const int MaxSeconds = 86_400;

    public Dictionary<string, int> Cooldowns { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The cooldown of a command (its audit name, e.g. <c>restart</c>), or null when it has none.</summary>
    public TimeSpan? For(string command) =>
        Cooldowns.TryGetValue(command, out var seconds) && seconds > 0 ? TimeSpan.FromSeconds(seconds) : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Cooldowns.Where(c => c.Value is < 1 or > MaxSeconds).Select(c => new ValidationResult(
            $"Bot:Cooldowns:{c.Key} must be a number of seconds from 1 to {MaxSeconds}, not {c.Value}."));
}
