using Mediator;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;

namespace ServerStatus.Application.Permissions.ImportLegacyPermissions;

/// <summary>
/// Imports the old bot's <c>permissions.json</c> once per content: grants and admins are only added,
/// never removed, and a file already imported (same hash) is not imported again.
/// </summary>
public sealed record ImportLegacyPermissions(string Path) : ICommand<Result<LegacyImportReport>>, IAdminOnly;
