using ServerStatus.Domain.Permissions;
using ServerStatus.Domain.Servers;

namespace ServerStatus.TestSupport.Fakes;

/// <summary>Short ways to write grants in tests.</summary>
public static class Grants
{
    public static readonly DateTimeOffset At = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static Grant ToUser(ulong user, Permission permission, string scope = "*") =>
        Grant.Create(Subject.User(user), permission, Scope(scope), null, At);

    public static Grant ToRole(ulong role, Permission permission, string scope = "*") =>
        Grant.Create(Subject.Role(role), permission, Scope(scope), null, At);

    public static GrantScope Scope(string text) =>
        GrantScope.TryParse(text, out var scope) ? scope : throw new ArgumentException($"Bad scope {text}", nameof(text));

    public static ServerId Server(string name, string engine = "local") => new(engine, $"{name}-id", name);
}
