namespace ServerStatus.Domain.Permissions;

/// <summary>Who a grant is for: one Discord user, or everyone holding a Discord role.</summary>
public enum SubjectKind
{
    User = 1,
    Role = 2,
}
