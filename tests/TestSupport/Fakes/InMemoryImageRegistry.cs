using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Updates;
using ServerStatus.Domain.Servers;
using ServerStatus.Domain.Updates;

namespace ServerStatus.TestSupport.Fakes;

/// <summary>
/// Images of servers and registries in dictionaries: what each server runs (by qualified name) and the digest of each
/// reference in its registry. A server or reference not set answers as the Docker adapter does for a missing one.
/// </summary>
public sealed class InMemoryImageRegistry : IImageRegistry
{
    public Dictionary<string, RunningImage> Running { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, RegistryImage> Registry { get; } = new(StringComparer.Ordinal);

    /// <summary>The server runs <paramref name="reference"/> at <paramref name="digest"/> (pulled from its registry), with <paramref name="policy"/>.</summary>
    public void Runs(string server, string reference, string digest, UpdatePolicy policy = UpdatePolicy.Notify) =>
        Running[server] = new RunningImage(reference, [$"{UpdateComparison.RepositoryOf(reference)}@{digest}"], new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), policy);

    public Task<Result<RunningImage>> GetRunningImageAsync(ServerId server, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(server);
        return Task.FromResult(Running.TryGetValue(server.QualifiedName, out var image)
            ? Result<RunningImage>.Success(image)
            : Result<RunningImage>.Fail([Error.NotFound($"No server named `{server.Name}`.", server.Name)]));
    }

    public Task<Result<RegistryImage>> GetRegistryImageAsync(string engine, string reference, CancellationToken ct) =>
        Task.FromResult(Registry.TryGetValue(reference, out var image)
            ? Result<RegistryImage>.Success(image)
            : Result<RegistryImage>.Fail([Error.NotFound($"the registry has no image `{reference}` (manifest unknown): was it removed or renamed?", reference)]));
}
