using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Logging;

namespace ServerStatus.TestSupport.Fakes;

/// <summary>
/// A log directory in memory with the semantics of the file one, held to it by <c>LogDirectoryContract</c>: it lists
/// <paramref name="logFile"/> and its rolled siblings only, the newest file and files held open are active, and a
/// file held open is never deleted. Files named in <see cref="Undeletable"/> are listed as usual but refuse deletion,
/// as a file a writer opens between the listing and the delete.
/// </summary>
public sealed class InMemoryLogDirectory(string logFile = "latest.log") : ILogDirectory
{
    private readonly List<(string Name, long Bytes, DateTimeOffset Written)> _files = [];
    private readonly HashSet<string> _held = new(StringComparer.Ordinal);

    public HashSet<string> Undeletable { get; } = new(StringComparer.Ordinal);

    /// <summary>Every file in the directory, the bot's or not.</summary>
    public IReadOnlyList<string> Names => [.. _files.Select(f => f.Name).Order(StringComparer.Ordinal)];

    /// <summary>Puts a file in the directory; <paramref name="active"/>: a writer holds it open (the file being written).</summary>
    public void Add(string name, long kb, DateTimeOffset written, bool active = false)
    {
        _files.Add((name, kb * 1024, written));
        if (active)
        {
            _held.Add(name);
        }
    }

    /// <summary>A writer holds the file open until the result is disposed.</summary>
    public IDisposable HoldOpen(string name)
    {
        _held.Add(name);
        return new Release(() => _held.Remove(name));
    }

    public Task<IReadOnlyList<LogFile>> ListAsync(CancellationToken ct)
    {
        var own = _files.Where(f => IsOurs(f.Name)).ToList();
        var newest = own.OrderByDescending(f => f.Written).ThenByDescending(f => f.Name, StringComparer.Ordinal).Select(f => f.Name).FirstOrDefault();
        return Task.FromResult<IReadOnlyList<LogFile>>([.. own.Select(f => new LogFile(f.Name, f.Bytes, f.Written, f.Name == newest || _held.Contains(f.Name)))]);
    }

    public Task<bool> DeleteAsync(string name, CancellationToken ct)
    {
        var index = _files.FindIndex(f => f.Name == name);
        if (index < 0 || !IsOurs(name) || _held.Contains(name) || Undeletable.Contains(name))
        {
            return Task.FromResult(false);
        }

        _files.RemoveAt(index);
        return Task.FromResult(true);
    }

    /// <summary>The log file itself or a rolled sibling: <c>stem.ext</c> or <c>stem_NNN.ext</c>.</summary>
    private bool IsOurs(string name)
    {
        var (stem, extension) = (Path.GetFileNameWithoutExtension(logFile), Path.GetExtension(logFile));
        if (!name.StartsWith(stem, StringComparison.Ordinal) || !name.EndsWith(extension, StringComparison.Ordinal) || name.Length < stem.Length + extension.Length)
        {
            return false;
        }

        var middle = name[stem.Length..^extension.Length];
        return middle.Length == 0 || (middle[0] == '_' && middle.Length > 1 && middle[1..].All(char.IsAsciiDigit));
    }

    private sealed class Release(Action release) : IDisposable
    {
        public void Dispose() => release();
    }
}
