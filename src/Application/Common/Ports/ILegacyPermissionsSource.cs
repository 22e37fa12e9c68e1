using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Permissions.ImportLegacyPermissions;

namespace ServerStatus.Application.Common.Ports;

/// <summary>Reads the old bot's <c>permissions.json</c>. Bad content comes back as problems, never as exceptions.</summary>
public interface ILegacyPermissionsSource
{
    /// <summary><c>NotFound</c> when there is no file at <paramref name="path"/>; <c>Unavailable</c> when it cannot be read.</summary>
    Task<Result<LegacyPermissionsFile>> ReadAsync(string path, CancellationToken ct);
}
