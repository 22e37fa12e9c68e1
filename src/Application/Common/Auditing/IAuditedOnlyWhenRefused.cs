namespace ServerStatus.Application.Common.Auditing;

/// <summary>
/// A check made before a command is confirmed, audited under that command's name: a refusal is the command's one
/// audit row (it is then never sent); a check that passes writes none, since the confirmed command writes its own.
/// </summary>
public interface IAuditedOnlyWhenRefused : IHasAuditName;
