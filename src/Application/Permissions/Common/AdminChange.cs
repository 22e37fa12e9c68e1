namespace ServerStatus.Application.Permissions.Common;

/// <summary>What adding or removing an admin did; <paramref name="Changed"/> is false when there was nothing to do.</summary>
public sealed record AdminChange(ulong UserId, bool Changed);
