using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Common.Behaviors;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Servers;
using ServerStatus.Domain.Permissions;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Application.Behaviors;

public sealed class PipelineBehaviorTests
{
    private static readonly Result<PowerReport> HandlerRan = new PowerReport("restart", []);

    private readonly InMemoryPermissionStores _stores = new();
    private readonly CurrentActor _actor = new();
    private bool _handlerCalled;

    private ValueTask<Result<PowerReport>> Next(RunPowerAction message, CancellationToken ct)
    {
        _handlerCalled = true;
        return ValueTask.FromResult(HandlerRan);
    }

    private AuthorizationBehavior<TMessage, TResponse> Authorization<TMessage, TResponse>(params ulong[] configuredAdmins)
        where TMessage : IMessage, IRequiresRights
        where TResponse : IFailable<TResponse>
    {
        var options = new PermissionsOptions();
        foreach (var admin in configuredAdmins)
        {
            options.Admins.Add(admin);
        }

        return new AuthorizationBehavior<TMessage, TResponse>(_actor, new RightsResolver(_stores, _stores, Options.Create(options)));
    }

    [Fact]
    public async Task ReturnsInvalidWithoutCallingTheHandler_WhenValidationFails()
    {
        var behavior = new ValidationBehavior<RunPowerAction, Result<PowerReport>>([new RunPowerActionValidator()]);

        var result = await behavior.Handle(new RunPowerAction(PowerAction.Restart, ["bad name"]), Next, default);

        _handlerCalled.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Invalid);
    }

    [Fact]
    public async Task CallsTheHandler_WhenValidationPasses()
    {
        var behavior = new ValidationBehavior<RunPowerAction, Result<PowerReport>>(Array.Empty<IValidator<RunPowerAction>>());

        var result = await behavior.Handle(new RunPowerAction(PowerAction.Restart, ["mc"]), Next, default);

        _handlerCalled.ShouldBeTrue();
        result.ShouldBeSameAs(HandlerRan);
    }

    [Fact]
    public async Task ResolvesTheActorsGrantsIntoTheScope()
    {
        await _stores.AddAsync(Grants.ToRole(5, Permission.Restart, "mc"), default);
        _actor.Set(Actor.InGuild(1, [5], 100, 200));

        await Authorization<RunPowerAction, Result<PowerReport>>().Handle(new RunPowerAction(PowerAction.Restart, ["mc"]), Next, default);

        _actor.Allows(Grants.Server("mc"), Permission.Restart).ShouldBeTrue();
        _actor.Allows(Grants.Server("web"), Permission.Restart).ShouldBeFalse();
    }

    [Fact]
    public async Task CountsTheEveryoneRole_ForEveryMemberOfThatGuildOnly()
    {
        const ulong Guild = 100;
        await _stores.AddAsync(Grants.ToRole(Guild, Permission.Status, "mc"), default);
        var inGuild = new CurrentActor();
        var inOtherGuild = new CurrentActor();
        var inDm = new CurrentActor();
        inGuild.Set(Actor.InGuild(1, [], Guild, 200));
        inOtherGuild.Set(Actor.InGuild(1, [], 101, 201));
        inDm.Set(Actor.InDirectMessage(1, 202));
        var resolver = new RightsResolver(_stores, _stores, Options.Create(new PermissionsOptions()));

        foreach (var actor in new[] { inGuild, inOtherGuild, inDm })
        {
            actor.Authorize(await resolver.ResolveAsync(actor.Actor, default));
        }

        inGuild.Allows(Grants.Server("mc"), Permission.Status).ShouldBeTrue();
        inOtherGuild.Allows(Grants.Server("mc"), Permission.Status).ShouldBeFalse();
        inDm.Allows(Grants.Server("mc"), Permission.Status).ShouldBeFalse();
    }

    [Fact]
    public async Task TreatsConfiguredAndStoredAdminsAsAdmins()
    {
        await _stores.AddAsync(StoredAdmin.Create(2, null, Grants.At), default);

        _actor.Set(Actor.InDirectMessage(1, 9));
        await Authorization<RunPowerAction, Result<PowerReport>>(configuredAdmins: 1).Handle(new RunPowerAction(PowerAction.Restart, ["mc"]), Next, default);
        var configured = _actor.Rights.IsAdmin;
        _actor.Set(Actor.InDirectMessage(2, 9));
        await Authorization<RunPowerAction, Result<PowerReport>>().Handle(new RunPowerAction(PowerAction.Restart, ["mc"]), Next, default);

        configured.ShouldBeTrue();
        _actor.Rights.IsAdmin.ShouldBeTrue();
    }

    [Fact]
    public async Task DeniesAdminOnlyMessages_ToNonAdmins()
    {
        _actor.Set(Actor.InDirectMessage(3, 9));
        var called = false;

        var result = await Authorization<AdminOnlyProbe, Result>().Handle(new AdminOnlyProbe(), (_, _) =>
        {
            called = true;
            return ValueTask.FromResult(Result.Success);
        }, default);

        called.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Denied);
    }

    [Fact]
    public async Task GivesTheSystemActorEveryRight()
    {
        _actor.Set(Actor.System);

        await Authorization<RunPowerAction, Result<PowerReport>>().Handle(new RunPowerAction(PowerAction.Restart, ["mc"]), Next, default);

        _actor.Rights.IsAdmin.ShouldBeTrue();
    }

    public sealed record AdminOnlyProbe : ICommand<Result>, IAdminOnly;
}
