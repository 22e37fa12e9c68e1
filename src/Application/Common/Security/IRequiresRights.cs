namespace ServerStatus.Application.Common.Security;

/// <summary>A message whose handling depends on the actor's rights; the authorization behavior applies to these.</summary>
public interface IRequiresRights;
