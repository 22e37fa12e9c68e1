using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Servers;
using ServerStatus.Domain.Permissions;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Application.Servers;

public sealed class ServerResolverTests
{
    private readonly InMemoryContainerEngine _engine = new();
    private readonly CurrentActor _actor = new();

    private ServerResolver Resolver => new(_actor);

    private async Task<ServerInventory> InventoryAsync() => await _engine.ListServersAsync(default);

    [Fact]
    public async Task ReportsNotFound_WhenServerIsHiddenFromActor_WordForWordLikeAMissingOne()
    {
        _engine.Add("secret");
        _actor.Authorize(EffectiveRights.Nothing);
        var inventory = await InventoryAsync();

        var hidden = Resolver.Resolve(inventory, "secret", Permission.Status);
        var missing = Resolver.Resolve(inventory, "absent", Permission.Status);

        hidden.Errors.ShouldHaveSingleItem().ShouldBe(Error.NotFound("No server named `secret`.", "secret"));
        missing.Errors.ShouldHaveSingleItem().ShouldBe(Error.NotFound("No server named `absent`.", "absent"));
        _actor.DeniedServers.ShouldBe(["secret"]);
    }

    [Fact]
    public async Task SaysWhichPermissionIsMissing_WhenTheActorSeesTheServer_ButHidesItOtherwise()
    {
        _engine.Add("mc");
        _engine.Add("secret");
        _actor.Authorize(EffectiveRights.For(7, [], isAdmin: false, [Grants.ToUser(7, Permission.Status, "mc")]));
        var inventory = await InventoryAsync();

        var seen = Resolver.Resolve(inventory, "mc", Permission.Restart);
        var hidden = Resolver.Resolve(inventory, "secret", Permission.Restart);

        var lacking = seen.Errors.ShouldHaveSingleItem();
        lacking.Outcome.ShouldBe(Outcome.Denied);
        lacking.Message.ShouldBe("You may see `mc` but lack the `restart` permission on it. Only an admin can grant it: ask one to run `permissions grant <you> restart mc`.");
        hidden.Errors.ShouldHaveSingleItem().ShouldBe(Error.NotFound("No server named `secret`.", "secret"));
        _actor.DeniedServers.ShouldBe(["mc", "secret"]);
    }

    [Fact]
    public async Task ResolvesIgnoringCase()
    {
        var id = _engine.Add("Minecraft");
        _actor.Authorize(EffectiveRights.Administrator);

        var resolved = Resolver.Resolve(await InventoryAsync(), "minecraft", Permission.Status);

        resolved.Value.Id.ShouldBe(id);
    }

    [Fact]
    public async Task AsksForTheEngine_WhenTheNameIsOnSeveral()
    {
        _engine.Add("mc", engine: "us1");
        _engine.Add("mc", engine: "eu1");
        _actor.Authorize(EffectiveRights.Administrator);

        var resolved = Resolver.Resolve(await InventoryAsync(), "mc", Permission.Status);

        resolved.Errors.ShouldHaveSingleItem().Message.ShouldBe("`mc` exists on several engines: write `eu1/mc` or `us1/mc`.");
    }

    [Fact]
    public async Task PicksTheNamedEngine_WhenQualified()
    {
        _engine.Add("mc", engine: "us1");
        var eu = _engine.Add("mc", engine: "eu1");
        _actor.Authorize(EffectiveRights.Administrator);

        var resolved = Resolver.Resolve(await InventoryAsync(), "EU1/mc", Permission.Status);

        resolved.Value.Id.ShouldBe(eu);
    }

    [Fact]
    public async Task SaysTheServerMayBeOnASilentEngine_WhenNotFound()
    {
        _engine.Add("web");
        _engine.MarkDown("eu1");
        _actor.Authorize(EffectiveRights.Administrator);

        var resolved = Resolver.Resolve(await InventoryAsync(), "mc", Permission.Status);

        resolved.Errors.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Unavailable);
        resolved.Errors[0].Message.ShouldContain("engine `eu1` did not answer");
    }

    [Fact]
    public async Task SaysPlainNotFound_WhenTheSilentEngineIsNotTheNamedOne()
    {
        _engine.MarkDown("eu1");
        _actor.Authorize(EffectiveRights.Administrator);

        var resolved = Resolver.Resolve(await InventoryAsync(), "us1/mc", Permission.Status);

        resolved.Errors.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.NotFound);
    }
}
