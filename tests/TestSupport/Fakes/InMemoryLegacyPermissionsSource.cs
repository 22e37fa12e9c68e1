using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Permissions.ImportLegacyPermissions;

namespace ServerStatus.TestSupport.Fakes;

/// <summary>Legacy files by path, already parsed; an unknown path answers NotFound as the file reader does.</summary>
public sealed class InMemoryLegacyPermissionsSource : ILegacyPermissionsSource
{
    private readonly Dictionary<string, Result<LegacyPermissionsFile>> _files = [];

    public void Put(LegacyPermissionsFile file) => _files[file.Path] = file;

    public void Fail(string path, Error error) => _files[path] = error;

    public Task<Result<LegacyPermissionsFile>> ReadAsync(string path, CancellationToken ct) =>
        Task.FromResult(_files.TryGetValue(path, out var file) ? file : Error.NotFound($"No legacy permissions file at {path}.", path));
}
