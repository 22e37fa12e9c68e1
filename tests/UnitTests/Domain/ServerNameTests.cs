using ServerStatus.Domain.Servers;

namespace ServerStatus.UnitTests.Domain;

public sealed class ServerNameTests
{
    [Theory]
    [InlineData("mc", null, "mc")]
    [InlineData("eu1/mc", "eu1", "mc")]
    [InlineData("My_Server.2-b", null, "My_Server.2-b")]
    public void ParsesNameAndEngine_WhenWellFormed(string text, string? engine, string name)
    {
        ServerName.TryParse(text, out var parsed).ShouldBeTrue();

        parsed.Engine.ShouldBe(engine);
        parsed.Name.ShouldBe(name);
        parsed.ToString().ShouldBe(text);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("-leading-dash")]
    [InlineData("../etc")]
    [InlineData("a/b/c")]
    [InlineData("/mc")]
    [InlineData("eu1/")]
    [InlineData("has space")]
    [InlineData("semi;colon")]
    [InlineData("ünïcode")]
    [InlineData("mc\n")]
    [InlineData("eu1\n/mc")]
    [InlineData(null)]
    public void RejectsName_WhenMalformed(string? text)
    {
        ServerName.TryParse(text, out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("eu1", true)]
    [InlineData("eu1\n", false)]
    [InlineData("-eu1", false)]
    public void ChecksEngineNames(string name, bool valid) => EngineName.IsValid(name).ShouldBe(valid);

    [Fact]
    public void RejectsName_WhenLongerThanDockerAllows()
    {
        ServerName.TryParse(new string('a', ServerName.MaxLength), out _).ShouldBeTrue();
        ServerName.TryParse(new string('a', ServerName.MaxLength + 1), out _).ShouldBeFalse();
    }
}
