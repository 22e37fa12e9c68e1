using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Permissions;
using ServerStatus.Domain.Permissions;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Application.Permissions;

public sealed class PermissionHandlersTests
{
    private const ulong ConfiguredAdmin = 1;
    private static readonly Subject Alice = Subject.User(10);
    private static readonly Subject Mods = Subject.Role(20);

    private readonly InMemoryPermissionStores _stores = new();
    private readonly InMemoryContainerEngine _engine = new();
    private readonly CurrentActor _actor = new();
    private readonly FakeTimeProvider _time = new(Grants.At);
    private readonly IOptions<PermissionsOptions> _options;

    public PermissionHandlersTests()
    {
        var options = new PermissionsOptions();
        options.Admins.Add(ConfiguredAdmin);
        _options = Options.Create(options);
        _actor.Set(Actor.InGuild(ConfiguredAdmin, [], 1, 2));
        _engine.Add("mc");
    }

    private RightsResolver Rights => new(_stores, _stores, _options);

    private Task<Result<GrantChange>> GrantAsync(Subject subject, string permission, string scope) =>
        Handler().Handle(new ChangePermission(PermissionChangeKind.Grant, subject, permission, scope), default).AsTask();

    private Task<Result<GrantChange>> RevokeAsync(Subject subject, string permission, string scope) =>
        Handler().Handle(new ChangePermission(PermissionChangeKind.Revoke, subject, permission, scope), default).AsTask();

    private ChangePermissionHandler Handler() => new(_stores, new ScopeCheck(_engine), _actor, _time);

    private ChangeAdminHandler Admins() => new(_stores, Rights, _actor, _time);

    [Fact]
    public async Task GrantsOnce_AndSaysSoTheSecondTime()
    {
        var first = await GrantAsync(Alice, "restart", "mc");
        var second = await GrantAsync(Alice, "RESTART", "mc");

        first.Value.Changed.ShouldBeTrue();
        first.Value.ServerExists.ShouldBe(true);
        second.Value.Changed.ShouldBeFalse();
        (await _stores.ListAllAsync(default)).ShouldHaveSingleItem().GrantedBy.ShouldBe(ConfiguredAdmin);
    }

    [Fact]
    public async Task AllowsGrantsOnServersThatDoNotExistYet()
    {
        var change = await GrantAsync(Mods, "status", "future");

        change.Value.Changed.ShouldBeTrue();
        change.Value.ServerExists.ShouldBe(false);
    }

    [Fact]
    public async Task MapsLegacyPermissionNames()
    {
        var change = await GrantAsync(Alice, "get_logs", "*");

        change.Value.Permission.ShouldBe(Permission.Logs);
        change.Value.ServerExists.ShouldBeNull();
    }

    [Fact]
    public async Task RevokesAllOfASubjectsPermissionsOnAScope_WithAll()
    {
        await GrantAsync(Alice, "status", "mc");
        await GrantAsync(Alice, "restart", "mc");
        await GrantAsync(Alice, "restart", "web");

        var change = await RevokeAsync(Alice, "all", "mc");

        change.Value.Changed.ShouldBeTrue();
        (await _stores.ListAllAsync(default)).ShouldHaveSingleItem().Scope.ShouldBe("web");
    }

    [Fact]
    public async Task ExplainsWhyNothingWasRevoked_WhenTheSubjectHoldsAll()
    {
        await GrantAsync(Mods, "all", "mc");

        var change = await RevokeAsync(Mods, "kill", "mc");

        change.Value.Changed.ShouldBeFalse();
        change.Value.Note.ShouldNotBeNull().ShouldContain("revoke `all`");
    }

    [Fact]
    public async Task ListsTheGrantsCoveringAServer_IncludingStarGrants()
    {
        await GrantAsync(Alice, "status", "mc");
        await GrantAsync(Mods, "logs", "*");
        await GrantAsync(Alice, "stop", "web");
        await GrantAsync(Alice, "kill", "eu1/mc");

        var view = await new ListPermissionsHandler(_stores, _stores, _options).Handle(new ListPermissions(null, "mc"), default);

        view.Value.Grants.Select(g => g.Scope).Order().ShouldBe(["*", "eu1/mc", "mc"]);
        view.Value.ConfiguredAdmins.ShouldBe([ConfiguredAdmin]);
    }

    [Fact]
    public async Task KeepsConfiguredAdmins_AndRemovesStoredOnes()
    {
        await Admins().Handle(new ChangeAdmin(AdminChangeKind.Add, 7), default);

        var configured = await Admins().Handle(new ChangeAdmin(AdminChangeKind.Remove, ConfiguredAdmin), default);
        var stored = await Admins().Handle(new ChangeAdmin(AdminChangeKind.Remove, 7), default);
        var absent = await Admins().Handle(new ChangeAdmin(AdminChangeKind.Remove, 7), default);

        configured.Errors.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Conflict);
        stored.Value.Changed.ShouldBeTrue();
        absent.Value.Changed.ShouldBeFalse();
    }

    [Fact]
    public async Task DoesNotStoreConfiguredAdminsAgain()
    {
        var change = await Admins().Handle(new ChangeAdmin(AdminChangeKind.Add, ConfiguredAdmin), default);

        change.Value.Changed.ShouldBeFalse();
        (await _stores.ListAsync(default)).ShouldBeEmpty();
    }

    [Fact]
    public void IsAuditedUnderTheCommandsUsersType()
    {
        new ChangePermission(PermissionChangeKind.Grant, Alice, "status", "mc").AuditCommand.ShouldBe("permissions grant");
        new ChangePermission(PermissionChangeKind.Revoke, Alice, "status", "mc").AuditCommand.ShouldBe("permissions revoke");
        new ChangeAdmin(AdminChangeKind.Add, 7).AuditCommand.ShouldBe("admins add");
        new ChangeAdmin(AdminChangeKind.Remove, 7).AuditCommand.ShouldBe("admins remove");
    }

    [Theory]
    [InlineData("root", "mc", "`root` is not a permission")]
    [InlineData("status", "../etc", "`../etc` is not a server name or `*`.")]
    public void RefusesBadNamesBeforeAnythingHappens(string permission, string scope, string message)
    {
        var result = new ChangePermissionValidator().Validate(new ChangePermission(PermissionChangeKind.Grant, Alice, permission, scope));

        result.Errors.ShouldHaveSingleItem().ErrorMessage.ShouldStartWith(message);
    }
}
