using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ServerStatus.Application.Audit;
using ServerStatus.Application.Bot;
using ServerStatus.Application.Common.Auditing;
using ServerStatus.Application.Common.Behaviors;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Servers;
using ServerStatus.Domain.Audit;
using ServerStatus.Domain.Permissions;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Application.Audit;

public sealed class AuditBehaviorTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private readonly InMemoryAuditLog _log = new();
    private readonly CurrentActor _actor = new();
    private readonly FakeTimeProvider _time = new(Start);
    private readonly ServiceProvider _services;

    public AuditBehaviorTests()
    {
        _services = new ServiceCollection().AddSingleton<IAuditLog>(_log).BuildServiceProvider();
        _actor.Set(Actor.InGuild(42, [], guildId: 7, channelId: 8));
    }

    public void Dispose() => _services.Dispose();

    private AuditBehavior<TMessage, TResponse> Behavior<TMessage, TResponse>()
        where TMessage : IMessage
        where TResponse : IFailable<TResponse> =>
        new(_actor, _services.GetRequiredService<IServiceScopeFactory>(), _time, NullLogger<AuditBehavior<TMessage, TResponse>>.Instance);

    private Task<Result<PowerReport>> RestartAsync(RunPowerAction message, Func<Result<PowerReport>> handler) =>
        Behavior<RunPowerAction, Result<PowerReport>>().Handle(message, (_, _) =>
        {
            _time.Advance(TimeSpan.FromMilliseconds(250));
            return ValueTask.FromResult(handler());
        }, default).AsTask();

    [Fact]
    public async Task WritesOneRowWithWhoWhereWhatAndHowLong()
    {
        await RestartAsync(new RunPowerAction(PowerAction.Restart, ["mc", "web", "MC"]), () => new PowerReport("restart", [new ServerOutcome("mc", Outcome.Ok, "restarted")]));

        var entry = _log.Entries.ShouldHaveSingleItem();
        entry.At.ShouldBe(Start);
        entry.ActorId.ShouldBe(42UL);
        entry.IsSystem.ShouldBeFalse();
        entry.GuildId.ShouldBe(7UL);
        entry.ChannelId.ShouldBe(8UL);
        entry.Command.ShouldBe("restart");
        entry.Arguments.ShouldBe("mc web MC");
        entry.Servers.ShouldBe("mc, web");
        entry.Outcome.ShouldBe(AuditOutcome.Ok);
        entry.DurationMs.ShouldBe(250);
        entry.ErrorId.ShouldBeNull();
    }

    [Fact]
    public async Task AuditsACheckBeforeAConfirmation_OnlyWhenItRefuses()
    {
        var check = CheckTargets.ForServers(new RunPowerAction(PowerAction.Kill, ["mc"]));
        var behavior = Behavior<CheckTargets, Result<TargetCheck>>();

        await behavior.Handle(check, (_, _) => ValueTask.FromResult<Result<TargetCheck>>(new TargetCheck(["mc"], [])), default);
        _log.Entries.ShouldBeEmpty();
        await behavior.Handle(check, (_, _) => ValueTask.FromResult<Result<TargetCheck>>(Error.NotFound("No server named `mc`.", "mc")), default);

        var entry = _log.Entries.ShouldHaveSingleItem();
        (entry.Command, entry.Arguments, entry.Outcome).ShouldBe(("kill", "mc", AuditOutcome.Failed));
    }

    [Fact]
    public async Task RecordsTheWorstServer_WhenTheReportSucceededOnlyPartly()
    {
        await RestartAsync(new RunPowerAction(PowerAction.Restart, ["mc", "web"]), () => new PowerReport("restart",
            [new ServerOutcome("mc", Outcome.Ok, "restarted"), new ServerOutcome("web", Outcome.Unavailable, "engine down")]));

        _log.Entries.ShouldHaveSingleItem().Outcome.ShouldBe(AuditOutcome.Failed);
    }

    [Fact]
    public async Task RecordsDenied_WhenAHiddenServerWasAnsweredAsNotFound()
    {
        await RestartAsync(new RunPowerAction(PowerAction.Restart, ["secret"]), () =>
        {
            _actor.RecordDenied("secret");
            return new PowerReport("restart", [new ServerOutcome("secret", Outcome.NotFound, "No server named `secret`.")]);
        });

        _log.Entries.ShouldHaveSingleItem().Outcome.ShouldBe(AuditOutcome.Denied);
    }

    [Fact]
    public async Task RecordsInvalid_WhenValidationRefused()
    {
        await RestartAsync(new RunPowerAction(PowerAction.Restart, ["bad name"]), () => Error.Invalid("not a name"));

        _log.Entries.ShouldHaveSingleItem().Outcome.ShouldBe(AuditOutcome.Invalid);
    }

    [Fact]
    public async Task RecordsTheSystemActor()
    {
        _actor.Set(Actor.System);

        await RestartAsync(new RunPowerAction(PowerAction.Restart, ["mc"]), () => new PowerReport("restart", []));

        var entry = _log.Entries.ShouldHaveSingleItem();
        entry.IsSystem.ShouldBeTrue();
        entry.ActorId.ShouldBe(0UL);
        entry.GuildId.ShouldBeNull();
    }

    [Fact]
    public async Task RethrowsWithTheErrorIdItRecorded_WhenTheHandlerThrows()
    {
        var thrown = await Should.ThrowAsync<UnexpectedFailureException>(
            RestartAsync(new RunPowerAction(PowerAction.Restart, ["mc"]), () => throw new InvalidOperationException("boom")));

        var entry = _log.Entries.ShouldHaveSingleItem();
        entry.Outcome.ShouldBe(AuditOutcome.Failed);
        entry.DurationMs.ShouldBe(250);
        thrown.ErrorId.ShouldNotBeNullOrWhiteSpace();
        entry.ErrorId.ShouldBe(thrown.ErrorId);
        thrown.InnerException.ShouldBeOfType<InvalidOperationException>().Message.ShouldBe("boom");
    }

    [Fact]
    public async Task AnswersTheCommand_WhenTheAuditStoreFails()
    {
        _log.FailWrites = true;
        var expected = new PowerReport("restart", []);

        var result = await RestartAsync(new RunPowerAction(PowerAction.Restart, ["mc"]), () => expected);

        result.Value.ShouldBeSameAs(expected);
        _log.Entries.ShouldBeEmpty();
    }

    [Fact]
    public async Task StillRethrowsTheHandlersFailure_WhenTheAuditStoreFailsToo()
    {
        _log.FailWrites = true;

        await Should.ThrowAsync<UnexpectedFailureException>(
            RestartAsync(new RunPowerAction(PowerAction.Restart, ["mc"]), () => throw new InvalidOperationException("boom")));
    }

    [Fact]
    public async Task LeavesOutAutocompleteAndHelpRights()
    {
        await Behavior<SuggestServers, Result<IReadOnlyList<string>>>().Handle(new SuggestServers(Permission.Status, "m"),
            (_, _) => ValueTask.FromResult<Result<IReadOnlyList<string>>>(new List<string> { "mc" }), default);
        await Behavior<GetActorRights, Result<ActorRightsView>>().Handle(new GetActorRights(),
            (_, _) => ValueTask.FromResult<Result<ActorRightsView>>(new ActorRightsView(false, Permission.None)), default);

        _log.Entries.ShouldBeEmpty();
    }

    [Fact]
    public async Task RecordsOnlyWhatTheMessageDeclares_ForAuditableMessages()
    {
        await Behavior<ListAudit, Result<AuditView>>().Handle(new ListAudit("mc", 5),
            (_, _) => ValueTask.FromResult<Result<AuditView>>(Error.Denied("Only admins may use this command.")), default);

        var entry = _log.Entries.ShouldHaveSingleItem();
        entry.Command.ShouldBe("audit");
        entry.Arguments.ShouldBe("mc 5");
        entry.Servers.ShouldBe("");
        entry.Outcome.ShouldBe(AuditOutcome.Denied);
    }

    [Fact]
    public async Task RecordsNoArguments_ForMessagesThatDeclareNone()
    {
        await Behavior<SecretProbe, Result>().Handle(new SecretProbe("hunter2"), (_, _) => ValueTask.FromResult(Result.Success), default);

        var entry = _log.Entries.ShouldHaveSingleItem();
        entry.Command.ShouldBe("secret probe");
        entry.Arguments.ShouldBe("");
    }

    public sealed record SecretProbe(string Token) : ICommand<Result>;
}
