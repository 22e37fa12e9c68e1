namespace ServerStatus.Domain.Permissions;

/// <summary>A Discord user or role that grants are given to.</summary>
public readonly record struct Subject(SubjectKind Kind, ulong Id)
{
    public static Subject User(ulong id) => new(SubjectKind.User, id);

    public static Subject Role(ulong id) => new(SubjectKind.Role, id);

    public override string ToString() => Kind == SubjectKind.User ? $"user {Id}" : $"role {Id}";
}
