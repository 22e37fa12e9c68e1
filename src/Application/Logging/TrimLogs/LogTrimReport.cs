namespace ServerStatus.Application.Logging.TrimLogs;

/// <summary>What trimming did: files deleted, bytes freed, bytes left, and whether the directory now fits its budget.</summary>
public sealed record LogTrimReport(IReadOnlyList<string> Deleted, long FreedBytes, long RemainingBytes, bool WithinBudget);
