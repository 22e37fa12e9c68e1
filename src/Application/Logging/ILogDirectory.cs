namespace ServerStatus.Application.Logging;

/// <summary>The directory the bot writes its log files to.</summary>
public interface ILogDirectory
{
    /// <summary>Every log file of the bot, including the one being written (marked <see cref="LogFile.IsActive"/>).</summary>
    Task<IReadOnlyList<LogFile>> ListAsync(CancellationToken ct);

    /// <summary>Deletes one log file by name; false when it could not be deleted (gone, or in use).</summary>
    Task<bool> DeleteAsync(string name, CancellationToken ct);
}

/// <summary>One log file: its name in the log directory, size, last write (UTC), and whether it is being written.</summary>
public sealed record LogFile(string Name, long SizeBytes, DateTimeOffset LastWriteUtc, bool IsActive);
