using ServerStatus.Application.Servers;
using ServerStatus.Application.Servers.GetServerStatus;

namespace ServerStatus.UnitTests.Application.Validation;

public sealed class ServerNameValidatorsTests
{
    [Fact]
    public void AcceptsPlainAndEngineQualifiedNames()
    {
        var result = new RunPowerActionValidator().Validate(new RunPowerAction(PowerAction.Restart, ["mc", "eu1/web"]));

        result.IsValid.ShouldBeTrue();
    }

    [Fact]
    public void ExplainsTheRule_WhenANameIsMalformed()
    {
        var result = new RunPowerActionValidator().Validate(new RunPowerAction(PowerAction.Stop, ["ok", "../../etc"]));

        result.Errors.ShouldHaveSingleItem().ErrorMessage
            .ShouldBe("`../../etc` is not a valid server name: use letters, digits, `.`, `_` or `-` (write `engine/name` to pick an engine).");
    }

    [Fact]
    public void RefusesANameEndingInANewline()
    {
        var result = new RunPowerActionValidator().Validate(new RunPowerAction(PowerAction.Start, ["mc\n"]));

        result.Errors.ShouldHaveSingleItem().ErrorMessage.ShouldContain("is not a valid server name");
    }

    [Fact]
    public void ShortensAnAbsurdlyLongName_InTheMessage()
    {
        var result = new RunPowerActionValidator().Validate(new RunPowerAction(PowerAction.Start, [new string('x', 500) + "!"]));

        result.Errors.ShouldHaveSingleItem().ErrorMessage.Length.ShouldBeLessThan(200);
    }

    [Fact]
    public void RequiresAName_ForPowerCommands()
    {
        new RunPowerActionValidator().Validate(new RunPowerAction(PowerAction.Kill, [])).Errors.ShouldHaveSingleItem().ErrorMessage.ShouldBe("Name at least one server.");
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

        new RunPowerActionValidator().Validate(new RunPowerAction(PowerAction.Restart, names)).Errors.ShouldHaveSingleItem().ErrorMessage
            .ShouldBe("Name at most 25 servers at once.");
    }
}
