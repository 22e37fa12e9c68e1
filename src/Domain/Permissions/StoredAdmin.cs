namespace ServerStatus.Domain.Permissions;

/// <summary>An admin added from chat (configured admins live in configuration, not here).</summary>
public sealed class StoredAdmin
{
    private StoredAdmin()
    {
    }

    public ulong UserId { get; private set; }

    public ulong? AddedBy { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    public static StoredAdmin Create(ulong userId, ulong? addedBy, DateTimeOffset addedAt) =>
        new() { UserId = userId, AddedBy = addedBy, AddedAt = addedAt.ToUniversalTime() };
}
