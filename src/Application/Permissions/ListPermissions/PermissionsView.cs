using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Permissions.ListPermissions;

public sealed record PermissionsView(IReadOnlyList<Grant> Grants, IReadOnlyList<ulong> ConfiguredAdmins, IReadOnlyList<ulong> StoredAdmins);
