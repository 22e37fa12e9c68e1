namespace ServerStatus.Application.Backups.Common;

/// <summary>A committed archive file: its size on disk and the SHA-256 of its bytes.</summary>
public sealed record StoredArchive(string File, long SizeBytes, string Sha256);
