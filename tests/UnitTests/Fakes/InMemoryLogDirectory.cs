using ServerStatus.Application.Logging;

namespace ServerStatus.UnitTests.Fakes;

/// <summary>A log directory in memory; files named in <see cref="Undeletable"/> refuse deletion, like a file in use.</summary>
public sealed class InMemoryLogDirectory : ILogDirectory
{
    private readonly List<LogFile> _files = [];

    public HashSet<string> Undeletable { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Names => [.. _files.Select(f => f.Name).Order(StringComparer.Ordinal)];

    public void Add(string name, long kb, DateTimeOffset written, bool active = false) => _files.Add(new LogFile(name, kb * 1024, written, active));

    public Task<IReadOnlyList<LogFile>> ListAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<LogFile>>([.. _files]);

    public Task<bool> DeleteAsync(string name, CancellationToken ct)
    {
        var file = _files.Find(f => f.Name == name);
        if (file is null || file.IsActive || Undeletable.Contains(name))
        {
            return Task.FromResult(false);
        }

        _files.Remove(file);
        return Task.FromResult(true);
    }
}
