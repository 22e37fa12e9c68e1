using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Permissions.ListPermissions;

/// <summary>Grants and admins; <see cref="Subject"/> or <see cref="Server"/> say which grants were asked for (all when both are null).</summary>
public sealed record PermissionsView(IReadOnlyList<Grant> Grants, IReadOnlyList<ulong> ConfiguredAdmins, IReadOnlyList<ulong> StoredAdmins)
{
    public Subject? Subject { get; init; }

    public string? Server { get; init; }
}
