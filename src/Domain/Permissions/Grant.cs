namespace ServerStatus.Domain.Permissions;

/// <summary>One permission (or <see cref="Permission.All"/>) given to a user or role on a scope.</summary>
public sealed class Grant
{
    // For EF Core materialization.
    private Grant()
    {
    }

    public long Id { get; private set; }

    public SubjectKind SubjectKind { get; private set; }

    public ulong SubjectId { get; private set; }

    public Permission Permission { get; private set; }

    /// <summary>The stored scope text; see <see cref="GrantScope"/>.</summary>
    public string Scope { get; private set; } = GrantScope.EverywhereText;

    public ulong? GrantedBy { get; private set; }

    public DateTimeOffset GrantedAt { get; private set; }

    public Subject Subject => new(SubjectKind, SubjectId);

    public GrantScope ScopeValue =>
        GrantScope.TryParse(Scope, out var scope) ? scope : throw new InvalidOperationException($"Stored grant {Id} has an invalid scope '{Scope}'.");

    public static Grant Create(Subject subject, Permission permission, GrantScope scope, ulong? grantedBy, DateTimeOffset grantedAt)
    {
        if (permission != Permission.All && !PermissionNames.Singles.Contains(permission))
        {
            throw new ArgumentException("A grant carries exactly one permission or all of them.", nameof(permission));
        }

        return new Grant
        {
            SubjectKind = subject.Kind,
            SubjectId = subject.Id,
            Permission = permission,
            Scope = scope.Value,
            GrantedBy = grantedBy,
            GrantedAt = grantedAt.ToUniversalTime(),
        };
    }
}
