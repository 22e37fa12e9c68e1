namespace ServerStatus.Application.Common.Auditing;

/// <summary>A message whose audit command name is not the one derived from its type name.</summary>
public interface IHasAuditName
{
    string AuditCommand { get; }
}
