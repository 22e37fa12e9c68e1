using ServerStatus.Domain.Permissions;
using static ServerStatus.TestSupport.Fakes.Grants;

namespace ServerStatus.UnitTests.Domain;

public sealed class EffectiveRightsTests
{
    private const ulong User = 10;
    private const ulong Role = 20;

    [Fact]
    public void AllowsTheGrantedServerOnly_WhenTheUserHasAServerGrant()
    {
        var rights = EffectiveRights.For(User, [], false, [ToUser(User, Permission.Restart, "mc")]);

        rights.Allows(Server("mc"), Permission.Restart).ShouldBeTrue();
        rights.Allows(Server("mc"), Permission.Stop).ShouldBeFalse();
        rights.Allows(Server("web"), Permission.Restart).ShouldBeFalse();
    }

    [Fact]
    public void AllowsThroughARole_OnlyWhenTheUserHoldsIt()
    {
        var grants = new[] { ToRole(Role, Permission.Status, "mc") };

        EffectiveRights.For(User, [Role], false, grants).Allows(Server("mc"), Permission.Status).ShouldBeTrue();
        EffectiveRights.For(User, [], false, grants).Allows(Server("mc"), Permission.Status).ShouldBeFalse();
    }

    [Fact]
    public void CoversEveryServer_WhenTheScopeIsStar()
    {
        var rights = EffectiveRights.For(User, [], false, [ToUser(User, Permission.Status)]);

        rights.Allows(Server("anything"), Permission.Status).ShouldBeTrue();
        rights.Allows(Server("other", "eu1"), Permission.Status).ShouldBeTrue();
    }

    [Fact]
    public void AllowsEverything_WhenAdmin()
    {
        var rights = EffectiveRights.For(User, [], true, []);

        rights.IsAdmin.ShouldBeTrue();
        rights.On(Server("x")).ShouldBe(Permission.All);
    }

    [Fact]
    public void AllowsNothing_WhenTheUserHasNoGrants()
    {
        var rights = EffectiveRights.For(User, [Role], false, [ToUser(99, Permission.All), ToRole(98, Permission.All)]);

        rights.On(Server("mc")).ShouldBe(Permission.None);
        rights.Anywhere.ShouldBe(Permission.None);
    }

    [Fact]
    public void UnitesUserAndRoleGrants()
    {
        var rights = EffectiveRights.For(User, [Role], false,
            [ToUser(User, Permission.Status, "mc"), ToRole(Role, Permission.Restart, "mc"), ToRole(Role, Permission.Kill, "web")]);

        rights.On(Server("mc")).ShouldBe(Permission.Status | Permission.Restart);
        rights.Anywhere.ShouldBe(Permission.Status | Permission.Restart | Permission.Kill);
    }

    [Fact]
    public void LimitsAnEngineQualifiedScope_ToThatEngine()
    {
        var rights = EffectiveRights.For(User, [], false, [ToUser(User, Permission.Start, "eu1/mc")]);

        rights.Allows(Server("mc", "eu1"), Permission.Start).ShouldBeTrue();
        rights.Allows(Server("mc", "local"), Permission.Start).ShouldBeFalse();
    }

    [Fact]
    public void MatchesServerNamesIgnoringCase()
    {
        var rights = EffectiveRights.For(User, [], false, [ToUser(User, Permission.Stop, "MC")]);

        rights.Allows(Server("mc"), Permission.Stop).ShouldBeTrue();
    }

    [Fact]
    public void RefusesGrantsOfSeveralPermissionsAtOnce()
    {
        Should.Throw<ArgumentException>(() => ToUser(User, Permission.Start | Permission.Stop));
    }
}
