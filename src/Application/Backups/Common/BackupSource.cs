namespace ServerStatus.Application.Backups.Common;

/// <summary>
/// What a backup of a server covers and how: the container paths, the console lines to send before and
/// after (labels <c>serverstatus.backup.pre-commands</c> / <c>post-commands</c>) and whether to stop it meanwhile.
/// </summary>
public sealed record BackupSource(IReadOnlyList<string> Paths, IReadOnlyList<string> PreCommands, IReadOnlyList<string> PostCommands, bool StopDuringBackup);
