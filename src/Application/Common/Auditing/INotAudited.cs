namespace ServerStatus.Application.Common.Auditing;

/// <summary>
/// A message nobody ran as a command (autocomplete, the rights behind help): logged, never written to
/// the audit log.
/// </summary>
public interface INotAudited;
