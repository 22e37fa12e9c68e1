using ServerStatus.Application.Servers.GetServerStatus;
using ServerStatus.Application.Servers.KillServers;
using ServerStatus.Application.Servers.RestartServers;
using ServerStatus.Application.Servers.StartServers;
using ServerStatus.Application.Servers.StopServers;

namespace ServerStatus.UnitTests.Application.Validation;

public sealed class ServerNameValidatorsTests
{
    [Fact]
    public void AcceptsPlainAndEngineQualifiedNames()
    {
        var result = new RestartServersValidator().Validate(new RestartServers(["mc", "eu1/web"]));

        result.IsValid.ShouldBeTrue();
    }

    [Fact]
    public void ExplainsTheRule_WhenANameIsMalformed()
    {
        var result = new StopServersValidator().Validate(new StopServers(["ok", "../../etc"]));

        result.Errors.ShouldHaveSingleItem().ErrorMessage
            .ShouldBe("`../../etc` is not a valid server name: use letters, digits, `.`, `_` or `-` (write `engine/name` to pick an engine).");
    }

    [Fact]
    public void ShortensAnAbsurdlyLongName_InTheMessage()
    {
        var result = new StartServersValidator().Validate(new StartServers([new string('x', 500) + "!"]));

        result.Errors.ShouldHaveSingleItem().ErrorMessage.Length.ShouldBeLessThan(200);
    }

    [Fact]
    public void RequiresAName_ForPowerCommands()
    {
        new KillServersValidator().Validate(new KillServers([])).Errors.ShouldHaveSingleItem().ErrorMessage.ShouldBe("Name at least one server.");
    }

    [Fact]
    public void AllowsNoName_ForStatus()
    {
        new GetServerStatusValidator().Validate(new GetServerStatus([])).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void RefusesMoreThan25Servers()
    {
        var names = Enumerable.Range(0, 26).Select(i => $"s{i}").ToList();

        new RestartServersValidator().Validate(new RestartServers(names)).Errors.ShouldHaveSingleItem().ErrorMessage
            .ShouldBe("Name at most 25 servers at once.");
    }
}
