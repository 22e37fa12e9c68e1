namespace ServerStatus.Application.Common.Ports;

/// <summary>One log file: its name in the log directory, size, last write (UTC), and whether it is being written.</summary>
public sealed record LogFile(string Name, long SizeBytes, DateTimeOffset LastWriteUtc, bool IsActive);
