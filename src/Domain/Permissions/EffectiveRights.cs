using ServerStatus.Domain.Servers;

namespace ServerStatus.Domain.Permissions;

/// <summary>
/// What one person may do, server by server: admin (everything) or the union of the grants of
/// the user and of the roles they hold where they wrote.
/// </summary>
public sealed class EffectiveRights
{
    private readonly IReadOnlyList<Grant> _grants;

    private EffectiveRights(bool isAdmin, IReadOnlyList<Grant> grants)
    {
        IsAdmin = isAdmin;
        _grants = grants;
    }

    public static EffectiveRights Nothing { get; } = new(false, []);

    public static EffectiveRights Administrator { get; } = new(true, []);

    public bool IsAdmin { get; }

    /// <summary>Keeps only the grants whose subject is this user or one of the roles they hold.</summary>
    public static EffectiveRights For(ulong userId, IReadOnlyCollection<ulong> roleIds, bool isAdmin, IEnumerable<Grant> grants)
    {
        if (isAdmin)
        {
            return Administrator;
        }

        var applicable = grants
            .Where(g => g.SubjectKind == SubjectKind.User ? g.SubjectId == userId : roleIds.Contains(g.SubjectId))
            .ToList();
        return new EffectiveRights(false, applicable);
    }

    public Permission On(ServerId server)
    {
        if (IsAdmin)
        {
            return Permission.All;
        }

        var rights = Permission.None;
        foreach (var grant in _grants)
        {
            if (grant.ScopeValue.Covers(server))
            {
                rights |= grant.Permission;
            }
        }

        return rights;
    }

    public bool Allows(ServerId server, Permission required) => (On(server) & required) == required;

    /// <summary>The union of everything granted anywhere; used to decide which commands to offer in help.</summary>
    public Permission Anywhere => IsAdmin ? Permission.All : _grants.Aggregate(Permission.None, (all, g) => all | g.Permission);
}
