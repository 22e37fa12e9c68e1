using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Permissions.Common;

/// <summary>
/// What a grant or revoke did: <paramref name="Changed"/> is false when there was nothing to do.
/// <paramref name="ServerExists"/> tells whether a named scope matches a server right now (null for <c>*</c>).
/// </summary>
public sealed record GrantChange(Subject Subject, Permission Permission, GrantScope Scope, bool Changed, bool? ServerExists, string? Note = null);
