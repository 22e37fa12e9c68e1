using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Permissions.ImportLegacyPermissions;

/// <summary>Which legacy permission files were imported already.</summary>
public interface ILegacyImportStore
{
    Task<bool> WasImportedAsync(string fileHash, CancellationToken ct);

    Task RecordAsync(LegacyImport import, CancellationToken ct);
}
