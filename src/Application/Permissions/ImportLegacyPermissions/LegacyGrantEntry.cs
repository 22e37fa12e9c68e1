namespace ServerStatus.Application.Permissions.ImportLegacyPermissions;

/// <summary>One user given one permission on one server, with the names as the old file wrote them.</summary>
public sealed record LegacyGrantEntry(ulong UserId, string Permission, string Server, int Line);
