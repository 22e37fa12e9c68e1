using Microsoft.Extensions.Options;
using ServerStatus.Application.Logging;

namespace ServerStatus.Infrastructure.Logging;

/// <summary>
/// The log files beside <c>Logging:File:Path</c>: the file itself and its rolled siblings
/// (<c>latest_001.log</c>, …). The newest file, and any file another writer holds open, count as active.
/// </summary>
public sealed class LogFileDirectory(IOptions<LogFileOptions> options) : ILogDirectory
{
    public Task<IReadOnlyList<LogFile>> ListAsync(CancellationToken ct)
    {
        var (directory, stem, extension) = Parts();
        if (!directory.Exists)
        {
            return Task.FromResult<IReadOnlyList<LogFile>>([]);
        }

        var files = directory.EnumerateFiles(stem + "*" + extension)
            .Where(f => IsOurs(f.Name, stem, extension))
            .Select(f => (File: f, Written: new DateTimeOffset(f.LastWriteTimeUtc, TimeSpan.Zero)))
            .ToList();
        var newest = files.OrderByDescending(f => f.Written).ThenByDescending(f => f.File.Name, StringComparer.Ordinal).Select(f => f.File.Name).FirstOrDefault();
        IReadOnlyList<LogFile> result = [.. files.Select(f => new LogFile(f.File.Name, f.File.Length, f.Written, f.File.Name == newest || IsHeldOpen(f.File)))];
        return Task.FromResult(result);
    }

    public Task<bool> DeleteAsync(string name, CancellationToken ct)
    {
        var (directory, stem, extension) = Parts();
        if (!IsOurs(name, stem, extension) || name.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return Task.FromResult(false);
        }

        var file = new FileInfo(Path.Combine(directory.FullName, name));
        if (!file.Exists || IsHeldOpen(file))
        {
            return Task.FromResult(false);
        }

        try
        {
            file.Delete();
            return Task.FromResult(true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Task.FromResult(false);
        }
    }

    private (DirectoryInfo Directory, string Stem, string Extension) Parts()
    {
        var path = Path.GetFullPath(options.Value.Path);
        return (new DirectoryInfo(Path.GetDirectoryName(path) ?? "."), Path.GetFileNameWithoutExtension(path), Path.GetExtension(path));
    }

    /// <summary>The log file itself or a rolled sibling: <c>stem.ext</c> or <c>stem_NNN.ext</c>.</summary>
    private static bool IsOurs(string name, string stem, string extension)
    {
        if (!name.StartsWith(stem, StringComparison.Ordinal) || !name.EndsWith(extension, StringComparison.Ordinal) || name.Length < stem.Length + extension.Length)
        {
            return false;
        }

        var middle = name[stem.Length..^extension.Length];
        return middle.Length == 0 || (middle[0] == '_' && middle.Length > 1 && middle[1..].All(char.IsAsciiDigit));
    }

    /// <summary>.NET on Unix takes an advisory lock on every file it opens; an exclusive open fails while a writer holds the file.</summary>
    private static bool IsHeldOpen(FileInfo file)
    {
        try
        {
            using var stream = file.Open(FileMode.Open, FileAccess.Read, FileShare.None);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
    }
}
