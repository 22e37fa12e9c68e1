namespace ServerStatus.Application.Common.Security;

/// <summary>Configuration section <c>Permissions</c>.</summary>
public sealed class PermissionsOptions
{
    public const string Section = "Permissions";

    /// <summary>Discord user ids that are always admins; they cannot be removed from chat.</summary>
    public IList<ulong> Admins { get; } = [];
}
