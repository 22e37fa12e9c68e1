namespace ServerStatus.Application.Common.Security;

/// <summary>A message only admins may send; others get <c>Denied</c> before the handler runs.</summary>
public interface IAdminOnly : IRequiresRights;
